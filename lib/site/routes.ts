/**
 * Every address of the site, built in one place: pages link with these, the sitemap and feeds
 * list them, the content check knows which exist. The folders under app/ must match, in both
 * languages (app/(en), app/(ms)/ms). It imports only the list of languages.
 */
import { LOCALES, localePath, type Locale } from '../i18n/locales';

/** The fixed pages, whose copy is content/pages/<name>.mdx: each is required, or its route cannot build. */
export const REQUIRED_PAGES = ['home', 'about', 'services', 'contact', 'privacy'] as const;
export type RequiredPage = (typeof REQUIRED_PAGES)[number];

export const HOME_PATH = '/';
export const BLOG_PATH = '/blog';
export const TAGS_PATH = `${BLOG_PATH}/tags`;
export const SEARCH_PATH = '/search';
export const SITEMAP_PATH = '/sitemap.xml';
export const SEARCH_INDEX_PATH = '/search-index.json';

/** The feeds every page advertises with <link rel="alternate">. */
export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml' } as const;

/** A language's feeds: English at FEED_PATHS, Malay under /ms. */
export function feedPaths(locale: Locale = 'en'): { rss: string; atom: string } {
  return { rss: localePath(locale, FEED_PATHS.rss), atom: localePath(locale, FEED_PATHS.atom) };
}

/** A language's blog, tags, search and search index ("/blog", "/ms/blog", …). */
export const blogPath = (locale: Locale = 'en') => localePath(locale, BLOG_PATH);
export const tagsPath = (locale: Locale = 'en') => localePath(locale, TAGS_PATH);
export const searchPath = (locale: Locale = 'en') => localePath(locale, SEARCH_PATH);
export const searchIndexPath = (locale: Locale = 'en') => localePath(locale, SEARCH_INDEX_PATH);
export const homePath = (locale: Locale = 'en') => localePath(locale, HOME_PATH);

/** The site-wide share image (app/og.png/route.ts), for pages without their own. */
export const SITE_IMAGE_PATH = '/og.png';
export const LOGO_PATH = '/logo.svg';
/** app/apple-icon.png: the logo on white, 180 px, for phones' home screens. */
export const APPLE_ICON_PATH = '/apple-icon.png';

/** The address of a fixed page whose copy is content/pages/<slug>.mdx. */
export function pagePath(slug: RequiredPage, locale: Locale = 'en'): string {
  return localePath(locale, slug === 'home' ? HOME_PATH : `/${slug}`);
}

/** A post's address: its file name under content/posts, without ".mdx". */
export function postPath(slug: string, locale: Locale = 'en'): string {
  return `${blogPath(locale)}/${slug}`;
}

/** Where a post's generated share image is served (app/blog/[slug]/og.png/). */
export function postImagePath(slug: string, locale: Locale = 'en'): string {
  return `${postPath(slug, locale)}/og.png`;
}

/** Tags are already URL-safe (lowercase words joined by hyphens: the content check says so). */
export function tagPath(tag: string, locale: Locale = 'en'): string {
  return `${tagsPath(locale)}/${tag}`;
}

/** Page 1 lives at the listing's own address ("/blog"); later ones at "/blog/page/2", … */
export function listingPagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}/page/${page}`;
}

/** Names under /blog taken by the blog's own pages (/blog/tags, /blog/page/2): no post may use them. */
export const RESERVED_POST_SLUGS: readonly string[] = ['tags', 'page'];

/** Pages that exist whatever the content, in both languages: the routes that take no slug. */
export const STATIC_ROUTES: readonly string[] = LOCALES.flatMap((locale) => [
  homePath(locale),
  blogPath(locale),
  tagsPath(locale),
  searchPath(locale),
  ...REQUIRED_PAGES.filter((slug) => slug !== 'home').map((slug) => pagePath(slug, locale)),
]);
