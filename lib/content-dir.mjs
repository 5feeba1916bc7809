import { existsSync } from 'node:fs';
import { isAbsolute, normalize } from 'node:path';

/**
 * The folder of posts, pages and site.json, relative to the project: content/ unless CONTENT_DIR
 * names another (the tests build their own fixture site this way). Every reader of content
 * (contentlayer, the check, the site, the admin, new:post) takes it from here.
 * @param {string | undefined} [value]
 * @returns {string}
 */
export function contentDirFrom(value = process.env.CONTENT_DIR) {
  const raw = value?.trim() || 'content';
  const dir = normalize(raw).replace(/\/+$/, '');
  if (isAbsolute(dir) || dir.startsWith('..') || !existsSync(dir)) {
    throw new Error(
      `CONTENT_DIR must name a folder inside the project, such as content or tests/fixtures/site — it is "${raw}".`,
    );
  }
  return dir;
}

export const CONTENT_DIR = contentDirFrom();
