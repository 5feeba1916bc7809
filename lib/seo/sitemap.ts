import type { MetadataRoute } from 'next';
import { pageCount } from '../posts/pagination';
import type { PostSummary } from '../posts/posts';
import { absoluteUrl } from './metadata';
import { BLOG_PATH, listingPagePath, SITEMAP_PATH, tagPath, TAGS_PATH } from '../site/routes';
import { countTags, withTag } from '../posts/tags';

type SitemapInput = {
  baseUrl: string;
  /** Pages that exist whatever the content ("/", "/about", …). */
  staticPaths: readonly string[];
  /** Visible posts only, newest first. */
  posts: readonly PostSummary[];
  perPage: number;
};

// Listed below with the date of their newest post.
const LISTINGS = new Set([BLOG_PATH, TAGS_PATH]);

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
}: SitemapInput): MetadataRoute.Sitemap {
  const listing = (basePath: string, listed: readonly PostSummary[]) =>
    Array.from({ length: pageCount(listed.length, perPage) }, (_, i) => ({
      url: absoluteUrl(listingPagePath(basePath, i + 1), baseUrl),
      lastModified: lastChange(listed.slice(i * perPage, (i + 1) * perPage)),
    }));
  const entries: MetadataRoute.Sitemap = [
    ...staticPaths
      .filter((path) => !LISTINGS.has(path))
      .map((path) => ({ url: absoluteUrl(path, baseUrl) })),
    ...listing(BLOG_PATH, posts),
    { url: absoluteUrl(TAGS_PATH, baseUrl), lastModified: lastChange(posts) },
    ...countTags(posts).flatMap(({ tag }) => listing(tagPath(tag), withTag(posts, tag))),
    ...posts.map((post) => ({
      url: absoluteUrl(post.url, baseUrl),
      lastModified: post.updated ?? post.date,
    })),
  ];
  // An entry without a date must not carry lastModified: undefined into the XML.
  return entries.map(({ lastModified, ...entry }) =>
    lastModified ? { ...entry, lastModified } : entry,
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
