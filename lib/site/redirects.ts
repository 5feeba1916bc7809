import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../settings';
import { SITE_PATH } from './redirect-path';

/** Where marketing records moved addresses (the admin's "Redirects"), inside the content folder. */
export const REDIRECTS_FILE = 'redirects.json';

export type Redirect = { from: string; to: string };

const isRedirect = (entry: unknown): entry is Redirect =>
  typeof entry === 'object' &&
  entry !== null &&
  'from' in entry &&
  'to' in entry &&
  typeof entry.from === 'string' &&
  typeof entry.to === 'string' &&
  SITE_PATH.test(entry.from) &&
  SITE_PATH.test(entry.to) &&
  entry.from !== entry.to;

/**
 * The content folder's recorded redirects, old address → new, for next.config.ts and the static
 * export. Only well-formed entries; the content check reports the rest, and loops or dead ends
 * (a production build never gets past it with them).
 */
export function readRedirects(contentDir: string = CONTENT_DIR): Redirect[] {
  const path = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(path)) return [];
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    const list =
      typeof data === 'object' &&
      data !== null &&
      'redirects' in data &&
      Array.isArray(data.redirects)
        ? data.redirects
        : [];
    return list.filter(isRedirect);
  } catch {
    return []; // the content check reports a file that does not parse
  }
}

/** Where a moved address leads, by its path segments (app/[...forward]). */
export function redirectTarget(segments: readonly string[]): string | undefined {
  const from = `/${segments.join('/')}`;
  return readRedirects().find((redirect) => redirect.from === from)?.to;
}

/** Every moved address as path segments, for the static export's forwarding pages. */
export const movedAddresses = (): { forward: string[] }[] =>
  readRedirects().map(({ from }) => ({ forward: from.split('/').filter(Boolean) }));
