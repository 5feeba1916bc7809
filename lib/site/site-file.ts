import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../settings';

/**
 * The content folder's site.json as parsed JSON, for build scripts that run before lib/site/site.ts validates it
 * (next.config.ts and what it loads). Undefined when the file does not parse: the content
 * check reports that in plain words, so these callers fall back rather than crash first.
 */
export function readSiteFile(): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(join(CONTENT_DIR, 'site.json'), 'utf8'));
    return typeof data === 'object' && data !== null ? { ...data } : undefined;
  } catch {
    return undefined;
  }
}
