/** Lowercase letters and digits joined by hyphens: every post address (its file name) and tag. */
export const ADDRESS_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The same rule in words, for messages and the admin. */
export const ADDRESS_RULE = 'lowercase letters and digits joined by hyphens';

/** "Buy Windows 10: the cheapest prices!" -> "buy-windows-10-the-cheapest-prices" */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
