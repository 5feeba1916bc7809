/**
 * "Page {page} of {total}" with { page: 2, total: 5 } -> "Page 2 of 5". Its own module, with no
 * imports: client islands use it with the strings they were given, and bundle nothing else.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
