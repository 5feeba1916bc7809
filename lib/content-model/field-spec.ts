/**
 * The shape of the content model (model.ts): what a field spec may say, and the small functions
 * and types every consumer derives from it.
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
