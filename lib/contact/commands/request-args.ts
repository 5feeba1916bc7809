/**
 * The arguments of the operator's access and deletion commands (`contact:find`,
 * `contact:forget`): the person's email, and for `find` the format of the copy to give them.
 */
export type RequestArgs = { email: string; format: 'json' | 'csv' };

export function parseRequestArgs(
  args: readonly string[],
  usage: string,
): RequestArgs | { error: string } {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const email = value('--email')?.trim() ?? '';
  if (!email.includes('@')) return { error: `Give the person's email address: ${usage}` };
  const format = value('--format') ?? 'json';
  if (format !== 'json' && format !== 'csv')
    return { error: `Unknown format "${format}". Use --format json or --format csv.` };
  return { email, format };
}
