import { Feed } from 'feed';
import type { PostSummary } from '../posts/posts';
import { dictionary } from '../i18n/dictionary';
import { HTML_LANG, type Locale } from '../i18n/locales';
import { blogPath, feedPaths, homePath, LOGO_PATH } from '../site/routes';
import { absoluteUrl } from './metadata';
import type { SiteConfig } from '../site/schema';
import { tagLabel } from '../posts/tags';

/** `site`: the settings with the language's own words (lib/i18n/seo.ts, siteIn). */
export type FeedContext = { site: SiteConfig; baseUrl: string; locale: Locale };

/** A calendar day from frontmatter as an instant: midnight UTC, as contentlayer reads it too. */
function day(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/**
 * One feed object for both formats. `posts` must already be what visitors may see (newest first):
 * the feed adds nothing and hides nothing. Its "updated" is the newest post's date, not the build
 * time, so an unchanged blog gives a byte-identical feed and readers see nothing new.
 */
export function buildFeed(posts: readonly PostSummary[], { site, baseUrl, locale }: FeedContext) {
  const copy = dictionary(locale).blog;
  const feeds = feedPaths(locale);
  const newest = posts
    .map((post) => post.updated ?? post.date)
    .sort()
    .at(-1);
  const feed = new Feed({
    id: absoluteUrl(blogPath(locale), baseUrl),
    link: absoluteUrl(blogPath(locale), baseUrl),
    title: `${site.name} ${copy.title}`,
    description: copy.description,
    language: HTML_LANG[locale],
    favicon: absoluteUrl(LOGO_PATH, baseUrl),
    copyright: `© ${site.name}`,
    updated: newest ? day(newest) : undefined,
    generator: false,
    feedLinks: {
      rss: absoluteUrl(feeds.rss, baseUrl),
      atom: absoluteUrl(feeds.atom, baseUrl),
    },
    author: { name: site.name, link: absoluteUrl(homePath(locale), baseUrl) },
  });
  for (const post of posts) {
    const link = absoluteUrl(post.url, baseUrl);
    feed.addItem({
      // Without an id the link is the RSS guid (isPermaLink) and the Atom id: one stable address.
      link,
      title: post.title,
      description: post.excerpt,
      date: day(post.updated ?? post.date),
      published: day(post.date),
      category: post.tags.map((tag) => ({ name: tagLabel(tag, site.tagLabels), term: tag })),
      // No per-item author: RSS wants an email there, and the feed's author covers Atom.
    });
  }
  return feed;
}

export function rssFeed(posts: readonly PostSummary[], context: FeedContext): string {
  return buildFeed(posts, context).rss2();
}

export function atomFeed(posts: readonly PostSummary[], context: FeedContext): string {
  return buildFeed(posts, context).atom1();
}
