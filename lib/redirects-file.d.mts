export const REDIRECTS_FILE: string;
/** The content folder's recorded redirects, old address → new (well-formed entries only). */
export function readRedirects(contentDir?: string): { from: string; to: string }[];
