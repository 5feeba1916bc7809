import type { Post as PostDocument } from 'contentlayer/generated';
import { generatedPosts } from './generated-content';
import type { FieldValues, postModel } from '../content-model/model';
import { asLocale, type Locale } from '../i18n/locales';
import {
  buildDay,
  isPreview,
  isVisible,
  visibilityRules,
  type VisibilityRules,
} from './visibility';

/** A post as pages read it: its frontmatter (lib/content-model/model.ts) with defaults filled in. */
export type PostSummary = FieldValues<typeof postModel> & {
  /** The file name without ".mdx": the post's address under /blog (or /ms/blog). */
  slug: string;
  /** The language it is written in: its folder (lib/content/model.ts). */
  lang: Locale;
  url: string;
  readingTime: number;
  /** Dated after the build's day: only a preview shows it. */
  scheduled: boolean;
};

export type Post = PostSummary & {
  /** MDX source of the body, compiled once when the page is prerendered. */
  body: string;
  /** What a reader sees of the body, as text (for similarity and search). */
  plainText: string;
};

/**
 * `npm run dev` and preview builds show drafts and scheduled posts, marked; production builds
 * publish what is dated up to the build's day in the company's timezone, and code that runs later
 * on the server (a post's share card) keeps to that day.
 */
export function defaultVisibility(): VisibilityRules {
  return visibilityRules(isPreview(), buildDay());
}

function toPost({ _id, _raw, type: _type, body, ...fields }: PostDocument): Post {
  // Our contentlayer pipeline emits plain text where it would emit HTML (lib/content-model/mdx-pipeline.ts).
  return {
    ...fields,
    lang: asLocale(fields.lang),
    scheduled: fields.date > buildDay(),
    body: body.raw,
    plainText: body.html,
  };
}

export function toSummary(post: Post): PostSummary {
  const { body: _body, plainText: _plainText, ...summary } = post;
  return summary;
}

/** Newest first; ties broken by slug so the order is the same on every build. */
function byDateDesc(a: PostSummary, b: PostSummary): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

type Corpus = {
  key: string;
  documents: readonly PostDocument[];
  posts: Post[];
};
let cache: Corpus | undefined;

// Every prerendered page asks for the corpus: built once per rule set, not once per page.
function corpus(rules: VisibilityRules): Corpus {
  const documents = generatedPosts();
  const key = JSON.stringify(rules);
  if (cache?.key !== key || cache.documents !== documents) {
    const posts = documents
      .map(toPost)
      .filter((p) => isVisible(p, rules))
      .sort(byDateDesc);
    cache = {
      key,
      documents,
      posts,
    };
  }
  return cache;
}

/** Every post a visitor may see under the current rules, newest first, in every language
 * (lib/i18n/posts.ts gives one language's). */
export function getAllPosts(rules: VisibilityRules = defaultVisibility()): Post[] {
  return corpus(rules).posts;
}

/**
 * Whether the post places the "Find Out More" band itself (<ContactCta /> in its body); the
 * article page then leaves out its own, so the band never shows twice. Code samples and
 * MDX comments that merely mention the component do not count.
 */
export function placesOwnContactCta(post: Pick<Post, 'body'>): boolean {
  const prose = post.body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return /<ContactCta\b/.test(prose);
}
