// `npm run new:post -- "Title of the post"`: creates content/posts/<slug>.mdx, ready to edit.
// `--slug <address>` names the address when the title has no Latin letters to make one from;
// `--lang ms` writes a Malay post (content/posts/ms/<slug>.mdx, under /ms/blog).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteCalendarDay } from '../lib/site/calendar-day';
import { CONTENT_DIR } from '../lib/settings';
import { POST_FIELDS } from '../lib/content-check/rules/field-rules';
import { slugify } from '../lib/content-model/address';
import { CONTENT_LANGUAGES, languageFolder } from '../lib/content-model/model';
import { newPostSource } from '../lib/content-model/new-post';
import { isLocale, type Locale } from '../lib/i18n/locales';
import { postPath, RESERVED_POST_SLUGS } from '../lib/site/routes';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
/** The value after `--name`, and the positions it and its name take. */
function option(name: string): { value?: string; at: number[] } {
  const at = args.indexOf(name);
  return at < 0 ? { at: [] } : { value: args[at + 1], at: [at, at + 1] };
}
const slugOption = option('--slug');
const langOption = option('--lang');
const slugAt = slugOption.at[0] ?? -1;
const givenSlug = slugOption.value;
const taken = new Set([...slugOption.at, ...langOption.at]);
const title = args
  .filter((_, i) => !taken.has(i))
  .join(' ')
  .trim();
const usage = 'npm run new:post -- "How we moved a law firm to Microsoft 365"';
const help = `Creates a draft post, ready to edit: ${usage}
  --lang ms        a Malay post (${CONTENT_LANGUAGES.join(' or ')}; English by default)
  --slug <address> the post's address, when the title has no Latin letters to make one from`;
if (args.includes('--help') || args.includes('-h')) {
  console.log(help);
  process.exit(0);
}
// An option this script does not know is a mistake, not the first word of a title.
const unknown = args.find((arg, i) => !taken.has(i) && arg.startsWith('-'));
if (unknown) fail(`${unknown} is not an option of new:post.\n${help}`);
const langValue = langOption.value ?? 'en';
if (!isLocale(langValue))
  fail(`--lang is the post's language: ${CONTENT_LANGUAGES.join(' or ')}, such as --lang ms`);
const lang: Locale = langValue;
if (!title) fail(`Give the post a title: ${usage}`);
const titleCheck = POST_FIELDS.title?.schema.safeParse(title);
if (titleCheck && !titleCheck.success)
  fail(`"${title}" cannot be a title: it should be ${titleCheck.error.issues[0]?.message}.`);
if (slugAt >= 0 && (!givenSlug || slugify(givenSlug) !== givenSlug))
  fail(
    `--slug needs an address in lowercase letters, digits and hyphens, such as ` +
      `--slug ${slugify(givenSlug ?? '') || 'protect-business-email'}`,
  );

const slug = givenSlug ?? slugify(title);
if (!slug)
  fail(
    `"${title}" has no Latin letters or digits to make the post's address from. Give the ` +
      `address yourself: npm run new:post -- "${title}" --slug protect-business-email`,
  );
if (RESERVED_POST_SLUGS.includes(slug))
  fail(
    `${postPath(slug, lang)} is the address of the blog's own page. ` +
      (givenSlug
        ? `Choose another --slug, e.g. --slug ${slug}-post`
        : `Choose another title, or add --slug ${slug}-post`),
  );
const folder = join(CONTENT_DIR, 'posts', languageFolder(lang));
mkdirSync(folder, { recursive: true });
const file = join(folder, `${slug}.mdx`);
if (existsSync(file))
  fail(`${file} already exists. Choose another title, or open that file to edit it.`);

const today = siteCalendarDay();
writeFileSync(file, newPostSource(title, today, lang));
console.log(`Created ${file}

Next steps:
  1. npm run dev, then open ${postPath(slug, lang)} (drafts show only there; npm run dev prints the full address)
  2. Write the post and its excerpt; add tags, a cover and the other optional fields if you
     like (CONTENT.md explains each), in the admin at /keystatic or in the file
  3. Untick "Draft" (or set "draft: false") when it is ready, then commit the file${
    lang === 'en'
      ? ''
      : '\n  4. If it translates an English post, add "translation: <that post\'s file name>"'
  }`);
