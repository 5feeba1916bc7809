import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from './content-dir.mjs';
import { SITE_PATH } from './redirect-path.mjs';

/** Where marketing records moved addresses (the admin's "Redirects"), inside the content folder. */
export const REDIRECTS_FILE = 'redirects.json';


/**
 * The content folder's recorded redirects, old address → new, for next.config.mjs and the static
 * export. Entries the content check reports (not a plain site path, a loop, a dead end) are still
 * returned when well-formed: a production build never gets past the check with them.
 * @param {string} [contentDir]
 * @returns {{ from: string, to: string }[]}
 */
export function readRedirects(contentDir = CONTENT_DIR) {
  const path = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(path)) return [];
  try {
    const data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    const list = Array.isArray(data?.redirects) ? data.redirects : [];
    return list.filter(
      (entry) =>
        typeof entry?.from === 'string' &&
        typeof entry?.to === 'string' &&
        SITE_PATH.test(entry.from) &&
        SITE_PATH.test(entry.to) &&
        entry.from !== entry.to,
    );
  } catch {
    return []; // the content check reports a file that does not parse
  }
}
