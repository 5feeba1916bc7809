// `npm run content:published`, at each release: records every post address the site publishes
// now, beside the ones recorded before, in the content folder's published.json. The content check
// then reports any of them that disappears without a redirect (lib/content/redirect-rules.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../lib/settings';
import { checkContent } from '../lib/content-check/check-content';
import { PUBLISHED_FILE } from '../lib/content-check/rules/redirect-rules';
import { buildDay } from '../lib/posts/visibility';
import { LOCALES } from '../lib/i18n/locales';
import { blogPath, RESERVED_POST_SLUGS } from '../lib/site/routes';

const file = join(CONTENT_DIR, PUBLISHED_FILE);
const before = (() => {
  try {
    const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
})();
/** A post's own address in any language: /blog/<address>, /ms/blog/<address>. */
const isPost = (path: string) =>
  LOCALES.some((locale) => {
    const rest = path.startsWith(`${blogPath(locale)}/`)
      ? path.slice(blogPath(locale).length + 1)
      : '';
    return rest !== '' && !rest.includes('/') && !RESERVED_POST_SLUGS.includes(rest);
  });
const posts = checkContent(process.cwd(), buildDay(), false).live.filter(isPost);
const all = [...new Set([...before, ...posts])].sort();
writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
console.log(`${file}: ${all.length} addresses (${all.length - before.length} new).`);
