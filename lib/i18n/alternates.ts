/**
 * Which page translates which: the language switch goes there, and hreflang links name only such
 * pairs. Fixed pages (home, services, …, the blog, its tags and search) exist in both languages;
 * a post has a translation only when one of the two names the other (`translation`).
 */
import { homePath, postPath, STATIC_ROUTES } from '../site/routes';
import type { PostSummary } from '../posts/posts';
import { localePath, otherLocale, splitLocalePath, type Locale } from './locales';
import { translationOf } from './posts';

/** The same page in each language, by language, when it is a fixed page of the site. */
export function fixedPageAlternates(path: string): Record<Locale, string> | undefined {
  const { path: bare } = splitLocalePath(path);
  if (!STATIC_ROUTES.includes(bare)) return undefined;
  return { en: localePath('en', bare), ms: localePath('ms', bare) };
}

/** A post and its translation by language, or undefined when it has none. */
export function postAlternates(
  post: Pick<PostSummary, 'slug' | 'lang' | 'translation'>,
): Record<Locale, string> | undefined {
  const other = translationOf(post);
  if (!other) return undefined;
  const own = postPath(post.slug, post.lang);
  return post.lang === 'en' ? { en: own, ms: other.url } : { en: other.url, ms: own };
}

/** Where the language switch leads from a page: its translation, else the other home page. */
export function switchTarget(
  locale: Locale,
  alternates: Record<Locale, string> | undefined,
): string {
  const other = otherLocale(locale);
  return alternates?.[other] ?? homePath(other);
}
