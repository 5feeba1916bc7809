import { readRedirects } from './redirects-file.mjs';

/** A page's address in the static export, which ends pages in "/" (next.config.mjs trailingSlash). */
export const exportedPath = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

/** Where a moved address leads, by its path segments (app/[...forward]). */
export function redirectTarget(segments: readonly string[]): string | undefined {
  const from = `/${segments.join('/')}`;
  return readRedirects().find((redirect) => redirect.from === from)?.to;
}

/** Every moved address as path segments, for the static export's forwarding pages. */
export const movedAddresses = (): { forward: string[] }[] =>
  readRedirects().map(({ from }) => ({ forward: from.split('/').filter(Boolean) }));
