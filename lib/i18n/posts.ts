/**
 * The posts of one language: each blog lists, tags, pages, relates and searches its own
 * language's posts only. Built on lib/posts.ts (which holds every visible post) and cached per
 * corpus, so a build filters once, not once per page.
 */
import {
  defaultVisibility,
  getAllPosts,
  toSummary,
  type Post,
  type PostSummary,
} from '../posts/posts';
import { rankRelated } from '../posts/related';
import { countTags, withTag, type TagCount } from '../posts/tags';
import type { VisibilityRules } from '../posts/visibility';
import { LOCALES, otherLocale, type Locale } from './locales';

type LanguagePosts = { posts: Post[]; summaries: PostSummary[]; bySlug: Map<string, Post> };
const cache = new WeakMap<readonly Post[], Map<Locale, LanguagePosts>>();

function languagePosts(locale: Locale, rules: VisibilityRules): LanguagePosts {
  const all = getAllPosts(rules);
  let byLocale = cache.get(all);
  if (!byLocale) {
    byLocale = new Map(
      LOCALES.map((lang) => {
        const posts = all.filter((post) => post.lang === lang);
        return [
          lang,
          {
            posts,
            summaries: posts.map(toSummary),
            bySlug: new Map(posts.map((p) => [p.slug, p])),
          },
        ];
      }),
    );
    cache.set(all, byLocale);
  }
  return byLocale.get(locale) ?? { posts: [], summaries: [], bySlug: new Map() };
}

export const postsIn = (locale: Locale, rules = defaultVisibility()): Post[] =>
  languagePosts(locale, rules).posts;

export const summariesIn = (locale: Locale, rules = defaultVisibility()): PostSummary[] =>
  languagePosts(locale, rules).summaries;

export const postIn = (locale: Locale, slug: string, rules = defaultVisibility()) =>
  languagePosts(locale, rules).bySlug.get(slug);

export const latestIn = (locale: Locale, count: number): PostSummary[] =>
  summariesIn(locale).slice(0, count);

/** Related posts in the post's own language. */
export const relatedIn = (post: Post, count = 3, rules = defaultVisibility()): PostSummary[] =>
  rankRelated(post, postsIn(post.lang, rules), count).map(toSummary);

export const tagsIn = (locale: Locale): TagCount[] => countTags(summariesIn(locale));

export const postsTaggedIn = (locale: Locale, tag: string): PostSummary[] =>
  withTag(summariesIn(locale), tag);

/**
 * The visible post that translates this one, if any: named by either side's `translation`, so
 * an editor may write it in one of the two files. Nothing links to a translation not published.
 */
export function translationOf(
  post: Pick<PostSummary, 'slug' | 'lang' | 'translation'>,
): PostSummary | undefined {
  const other = otherLocale(post.lang);
  const named = post.translation ? postIn(other, post.translation) : undefined;
  if (named) return toSummary(named);
  const naming = summariesIn(other).find((candidate) => candidate.translation === post.slug);
  return naming;
}
