import type { MetadataRoute } from 'next';
import { pageCount } from '../posts/pagination';
import type { PostSummary } from '../posts/posts';
import { absoluteUrl } from './metadata';
import type { Locale } from '../i18n/locales';
import { blogPath, listingPagePath, SITEMAP_PATH, tagPath, tagsPath } from '../site/routes';
import { countTags, withTag } from '../posts/tags';

type SitemapInput = {
  baseUrl: string;
  /** Pages that exist whatever the content ("/", "/about", …). */
  staticPaths: readonly string[];
  /** Visible posts only, newest first. */
  posts: readonly PostSummary[];
  perPage: number;
  /** The language of `posts` (and of `staticPaths`); English unless given. */
  locale?: Locale;
  /** The page in every language, for those that are translations (hreflang in the sitemap). */
  translations?: (path: string) => Record<string, string> | undefined;
};

function lastChange(posts: readonly PostSummary[]): string | undefined {
  return posts
    .map((post) => post.updated ?? post.date)
    .sort()
    .at(-1);
}

/**
 * Every address a visitor can reach: fixed pages, each page of the blog and of each tag, and every
 * post. lastmod is the frontmatter date (updated, else date); a listing changes when its newest
 * post does. Fixed pages have no date of their own, so they carry none rather than a made-up one.
 */
export function buildSitemap({
  baseUrl,
  staticPaths,
  posts,
  perPage,
  locale = 'en',
  translations = () => undefined,
}: SitemapInput): MetadataRoute.Sitemap {
  // Listed below with the date of their newest post.
  const listings = new Set([blogPath(locale), tagsPath(locale)]);
  const listing = (basePath: string, listed: readonly PostSummary[]) =>
    Array.from({ length: pageCount(listed.length, perPage) }, (_, i) => ({
      url: absoluteUrl(listingPagePath(basePath, i + 1), baseUrl),
      lastModified: lastChange(listed.slice(i * perPage, (i + 1) * perPage)),
    }));
  const entries: MetadataRoute.Sitemap = [
    ...staticPaths
      .filter((path) => !listings.has(path))
      .map((path) => ({ url: absoluteUrl(path, baseUrl) })),
    ...listing(blogPath(locale), posts),
    { url: absoluteUrl(tagsPath(locale), baseUrl), lastModified: lastChange(posts) },
    ...countTags(posts).flatMap(({ tag }) => listing(tagPath(tag, locale), withTag(posts, tag))),
    ...posts.map((post) => ({
      url: absoluteUrl(post.url, baseUrl),
      lastModified: post.updated ?? post.date,
    })),
  ];
  // An entry without a date must not carry lastModified: undefined into the XML.
  const byUrl = new Map<string, Record<string, string>>();
  for (const path of [...staticPaths, ...posts.map((post) => post.url)]) {
    const languages = translations(path);
    if (languages) byUrl.set(absoluteUrl(path, baseUrl), languages);
  }
  return entries.map(({ lastModified, ...entry }) => {
    const languages = byUrl.get(entry.url);
    return {
      ...entry,
      ...(lastModified ? { lastModified } : {}),
      ...(languages ? { alternates: { languages: absolute(languages, baseUrl) } } : {}),
    };
  });
}

function absolute(languages: Record<string, string>, baseUrl: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(languages).map(([lang, path]) => [lang, absoluteUrl(path, baseUrl)]),
  );
}

/**
 * robots.txt: everything may be crawled except the enquiry API, and here is the sitemap; a
 * preview may not be crawled at all.
 */
export function buildRobots(baseUrl: string, preview = false): MetadataRoute.Robots {
  if (preview) return { rules: { userAgent: '*', disallow: '/' } };
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: absoluteUrl(SITEMAP_PATH, baseUrl),
  };
}
