/**
 * Every frontmatter field of a post and of a page, declared once as plain data. contentlayer2's
 * document types (model-contentlayer.ts), the content check's rules (field-rules.ts), the app's
 * types (FieldValues, used by lib/posts/posts.ts and lib/posts/pages.ts) and the browser editor derive from
 * it, so a new field is one entry here plus the component that shows it.
 *
 * Nothing here reads content/site.json: the content check imports this module and must still
 * report a broken site.json in plain words. Defaults that come from the site are named
 * (`{ site: 'name' }`) and resolved with the site's settings: resolveDefault(spec.default,
 * siteDefaults(site)) (site-defaults.ts).
 */
import { ADDRESS_PATTERN } from './address';

import type { Model } from './field-spec';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locales';

export {
  isAlwaysPresent,
  resolveDefault,
  type FieldDefault,
  type FieldKind,
  type FieldSpec,
  type FieldValues,
  type Model,
  type SiteDefaultName,
  type SiteDefaults,
} from './field-spec';

export const postModel = {
  title: {
    kind: 'text',
    label: 'Title',
    message: 'a title',
    example: 'title: How we moved a law firm to Microsoft 365',
    required: true,
    min: 5,
    max: 120,
  },
  date: {
    kind: 'date',
    label: 'Date',
    message: 'a date written YYYY-MM-DD',
    help: 'the day the post is dated; a day still to come schedules it, and it appears on that day',
    example: 'date: 2026-11-28',
    required: true,
  },
  updated: {
    kind: 'date',
    label: 'Updated',
    message: 'a date written YYYY-MM-DD',
    help: 'the day you last changed the post in a way readers should know about',
    example: 'updated: 2026-11-28',
    ifEmpty: 'no "updated" date',
    notBefore: 'date',
  },
  // Required: cards, search results, feeds and the meta description all show it, and nothing
  // written by the site would say as much about the post as one sentence by its author.
  excerpt: {
    kind: 'text',
    label: 'Excerpt',
    message: 'one or two sentences',
    example: 'excerpt: One or two sentences that make a reader want to open the post.',
    required: true,
    min: 40,
    max: 220,
    multiline: true,
  },
  tags: {
    kind: 'tags',
    label: 'Tags',
    message: 'a list of tags in square brackets',
    help: 'press Add for each tag: lowercase words joined by hyphens, like web-performance; up to 6',
    example: 'tags: [security, microsoft]',
    default: { value: [] },
    ifEmpty: 'no tags',
    max: 6,
    pattern: {
      regex: ADDRESS_PATTERN,
      message: 'tags in lowercase letters and digits joined by hyphens, like "web-performance"',
    },
  },
  cover: {
    kind: 'image',
    label: 'Cover picture',
    message: 'a path starting with /images/',
    help: 'choose a picture file: it is kept with the post and shown at its top and on its card',
    example: 'cover: /images/posts/my-post.png   (the file goes in public/images/posts/)',
    default: { site: 'shareImage' },
    ifEmpty: 'the site’s share picture',
  },
  coverAlt: {
    kind: 'text',
    label: 'Cover description',
    message: 'a description of the cover image for people who cannot see it',
    example: 'coverAlt: A cracked shield in front of an email envelope',
    default: { site: 'shareImageAlt' },
    ifEmpty: 'the share picture’s own description; required with a cover of your own',
    requiredWith: 'cover',
    min: 10,
    max: 200,
  },
  author: {
    kind: 'text',
    label: 'Author',
    message: 'the author’s name',
    example: 'author: Snynet Solution',
    default: { site: 'name' },
    ifEmpty: 'the company’s name',
    min: 2,
    max: 80,
  },
  source: {
    kind: 'text',
    label: 'Source',
    message: 'where the story comes from',
    example: 'source: Via KrebsOnSecurity / Reuters',
    ifEmpty: 'no source line',
    min: 3,
    max: 160,
  },
  // A post is written in one language (its folder: see contentLanguage) and may name its
  // translation; the language switch and hreflang link only such pairs.
  translation: {
    kind: 'text',
    label: 'Translation',
    message: 'the file name, without .mdx, of the same post in the other language',
    example:
      'translation: serangan-e-mel-microsoft-exchange   (the file posts/ms/serangan-e-mel-microsoft-exchange.mdx)',
    ifEmpty: 'no translation: the language switch leads to the other language’s home page',
    pattern: {
      regex: ADDRESS_PATTERN,
      message: 'a file name in lowercase letters, digits and hyphens, without .mdx',
    },
    min: 1,
    max: 120,
  },
  draft: {
    kind: 'boolean',
    label: 'Draft',
    message: 'true or false',
    help: 'ticked: the post shows only in previews, marked Draft, until you untick it',
    example: 'draft: true',
    default: { value: false },
    ifEmpty: 'published (not a draft)',
  },
} as const satisfies Model;

export const pageModel = {
  title: {
    kind: 'text',
    label: 'Title',
    message: 'a short page title',
    example: 'title: About us',
    required: true,
    min: 2,
    max: 70,
  },
  description: {
    kind: 'text',
    label: 'Description',
    message: 'a one-sentence description for search engines',
    example: 'description: Who we are and how we work.',
    required: true,
    min: 20,
    max: 200,
    multiline: true,
  },
  heading: {
    kind: 'text',
    label: 'Heading',
    message: 'the big heading at the top of the page',
    example: 'heading: About Snynet Solution',
    required: true,
    min: 2,
    max: 120,
  },
  lead: {
    kind: 'text',
    label: 'Lead',
    message: 'the sentence under the heading',
    example: 'lead: We are an IT solutions company in Malaysia.',
    ifEmpty: 'no sentence under the heading',
    min: 10,
    max: 300,
    multiline: true,
  },
} as const satisfies Model;

/**
 * The language of a post or page, declared by where its file is: English files sit directly in
 * posts/ and pages/, each other language's in a folder named by its code (posts/ms/, pages/ms/).
 * contentlayer, the content check, the admin's collections and new:post all follow this rule.
 */
export const CONTENT_LANGUAGES: readonly Locale[] = LOCALES;

/** The folder of a language's files inside posts/ or pages/ ('' for English). */
export function languageFolder(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '' : lang;
}

/** "posts/ms/x.mdx" (relative to the content folder) -> "ms"; anything else is English. */
export function contentLanguage(relativePath: string): Locale {
  const folder = relativePath.replaceAll('\\', '/').split('/')[1] ?? '';
  return folder !== DEFAULT_LOCALE && isLocale(folder) ? folder : DEFAULT_LOCALE;
}
