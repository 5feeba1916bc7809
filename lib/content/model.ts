/**
 * Every frontmatter field of a post and of a page, declared once as plain data. contentlayer2's
 * document types (model-contentlayer.ts), the content check's rules (field-rules.ts), the app's
 * types (FieldValues, used by lib/posts.ts and lib/pages.ts) and the browser editor derive from
 * it, so a new field is one line here plus the component that shows it.
 *
 * Nothing here reads content/site.json: the content check imports this module and must still
 * report a broken site.json in plain words. Defaults that come from the site are named
 * (`{ site: 'name' }`) and resolved by whoever has the site's settings (resolveDefault).
 */

/** How a field is written and what an editor's form shows for it. */
export type FieldKind =
  /** One line of text (several with `multiline`); `min`/`max` count characters. */
  | 'text'
  /** A calendar day written YYYY-MM-DD, kept as written (no time, no timezone). */
  | 'date'
  /** true or false. */
  | 'boolean'
  /** A list of tags, `[security, microsoft]`; `min`/`max` count tags, `pattern` is each tag's. */
  | 'tags'
  /** A picture of the site: a path under public/, written from "/images/…". */
  | 'image';

/** Site settings a default may name, resolved by resolveDefault with the site's own values. */
export type SiteDefaultName = 'name' | 'shareImage' | 'shareImageAlt';
export type SiteDefaults = Readonly<Record<SiteDefaultName, string>>;

/** What the site uses when a field is left out: a fixed value, or one of the site's settings. */
export type FieldDefault =
  { readonly value: string | boolean | readonly string[] } | { readonly site: SiteDefaultName };

/** One frontmatter field. An editor UI maps `kind` to its own input and copies the rest. */
export type FieldSpec = {
  readonly kind: FieldKind;
  /** The form's label. */
  readonly label: string;
  /** What is expected, in the words the content check uses ("a title"): the form's help text. */
  readonly message: string;
  /** A line an editor could write in the file. */
  readonly example: string;
  /** Must be given. A field that is not required either has a default or may stay empty. */
  readonly required?: boolean;
  readonly default?: FieldDefault;
  /** What the site shows when the field is left out, in an editor's words ("the company"). */
  readonly ifEmpty?: string;
  /** Required whenever this other field is given (a cover of one's own needs its description). */
  readonly requiredWith?: string;
  /** A date on or after this other date field (a post is updated after it is written). */
  readonly notBefore?: string;
  /** Text: characters; tags: how many. */
  readonly min?: number;
  readonly max?: number;
  /** Text: the whole value; tags: each tag. */
  readonly pattern?: { readonly regex: RegExp; readonly message: string };
  /** Text an editor writes as a few sentences rather than one line. */
  readonly multiline?: boolean;
};

export type Model = Readonly<Record<string, FieldSpec>>;

const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
    example: 'date: 2026-11-28',
    required: true,
  },
  updated: {
    kind: 'date',
    label: 'Updated',
    message: 'a date written YYYY-MM-DD',
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
    example: 'tags: [security, microsoft]',
    default: { value: [] },
    ifEmpty: 'no tags',
    max: 6,
    pattern: {
      regex: TAG,
      message: 'tags in lowercase letters and digits joined by hyphens, like "web-performance"',
    },
  },
  cover: {
    kind: 'image',
    label: 'Cover picture',
    message: 'a path starting with /images/',
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
  draft: {
    kind: 'boolean',
    label: 'Draft',
    message: 'true or false',
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

/** The fixed pages' copy (content/pages/<name>.mdx): each is required, or its route cannot build. */
export const REQUIRED_PAGES = ['home', 'about', 'services', 'contact'] as const;
export type RequiredPage = (typeof REQUIRED_PAGES)[number];

/** The value a field's default stands for, given the site's own settings. */
export function resolveDefault(
  fallback: FieldDefault,
  site: SiteDefaults,
): string | boolean | readonly string[] {
  return 'value' in fallback ? fallback.value : site[fallback.site];
}

/** Whether a document always carries the field: it is required or has a default. */
export function isAlwaysPresent(spec: FieldSpec): boolean {
  return spec.required === true || spec.default !== undefined;
}

type KindValue = {
  text: string;
  date: string;
  boolean: boolean;
  tags: string[];
  image: string;
};
type Present<S> = S extends { required: true }
  ? true
  : S extends { default: object }
    ? true
    : false;

/** A document's frontmatter values as the app reads them: defaults filled in, dates "YYYY-MM-DD". */
export type FieldValues<M extends Model> = {
  -readonly [N in keyof M as Present<M[N]> extends true ? N : never]: KindValue[M[N]['kind']];
} & {
  -readonly [N in keyof M as Present<M[N]> extends true ? never : N]?: KindValue[M[N]['kind']];
};
