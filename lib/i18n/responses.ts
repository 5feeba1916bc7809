/**
 * What the feed and search-index routes answer, in one language: each language has
 * its own (/feed.xml, /ms/feed.xml, …), built from its own posts.
 */
import { atomFeed, rssFeed } from '../seo/feed';
import { buildSearchIndex } from '../posts/search';
import { siteUrl } from '../site/site';
import type { Locale } from './locales';
import { postsIn, summariesIn } from './posts';
import { siteIn } from './seo';

export function feedResponse(locale: Locale, format: 'rss' | 'atom'): Response {
  const context = { site: siteIn(locale), baseUrl: siteUrl(), locale };
  const posts = summariesIn(locale);
  return format === 'rss'
    ? new Response(rssFeed(posts, context), {
        headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
      })
    : new Response(atomFeed(posts, context), {
        headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
      });
}

export const searchIndexResponse = (locale: Locale): Response =>
  Response.json(buildSearchIndex(postsIn(locale)));
