import { describe, expect, it } from 'vitest';
import { atomFeed, rssFeed } from '@/lib/seo/feed';
import { summariesIn } from '@/lib/i18n/posts';
import type { PostSummary } from '@/lib/posts/posts';
import { site } from '@/lib/site/site';

const BASE = 'https://www.snynet.com.my';
const context = { site, baseUrl: BASE, locale: 'en' as const };
const posts = summariesIn('en', { includeDrafts: false, today: '2026-11-28' });

/** The text inside each <tag>…</tag> of `block` (CDATA unwrapped). */
function all(block: string, tag: string): string[] {
  return [...block.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1'),
  );
}
const first = (block: string, tag: string) => all(block, tag)[0];

describe('RSS 2.0 feed', () => {
  const xml = rssFeed(posts, context);
  const items = all(xml, 'item');

  it('is an RSS 2.0 channel for the blog that links to itself', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<rss version="2.0"');
    expect(first(xml, 'title')).toBe('Fixture Networks Blog');
    expect(first(xml, 'link')).toBe(`${BASE}/blog`);
    expect(first(xml, 'language')).toBe('en-MY');
    expect(xml).toContain(
      `<atom:link href="${BASE}/feed.xml" rel="self" type="application/rss+xml"/>`,
    );
  });

  it('has every post, newest first, with title, absolute link, date and summary', () => {
    expect(items).toHaveLength(posts.length);
    items.forEach((item, i) => {
      const post = posts[i]!;
      expect(first(item, 'title')).toBe(post.title);
      expect(first(item, 'link')).toBe(`${BASE}${post.url}`);
      expect(first(item, 'guid')).toBe(`${BASE}${post.url}`);
      expect(first(item, 'description')).toBe(post.excerpt);
      expect(new Date(first(item, 'pubDate') ?? '').toISOString().slice(0, 10)).toBe(post.date);
    });
    // The fixture's posts, newest first; a draft and a post dated 2099 are not in the feed.
    expect(items.map((item) => first(item, 'link'))).toEqual([
      `${BASE}/blog/phone-browsers-finally-ask-before-closing-every-tab`,
      `${BASE}/blog/buying-office-laptops-what-is-worth-paying-for`,
      `${BASE}/blog/streaming-a-live-final-without-slowing-the-office`,
      `${BASE}/blog/choosing-a-cdn-for-a-faster-website`,
      `${BASE}/blog/ransomware-hits-accounting-firms`,
    ]);
    const ransomware = items.find((item) => item.includes('ransomware-hits-accounting-firms'))!;
    expect(first(ransomware, 'pubDate')).toBe('Mon, 08 Mar 2021 00:00:00 GMT');
    expect(all(ransomware, 'category')).toEqual(['Security', 'Microsoft', 'Email']);
  });

  it('escapes what needs escaping and does not change between identical builds', () => {
    const tricky: PostSummary = {
      ...posts[0]!,
      title: 'Tips & tricks: <script> and "quotes"',
      excerpt: 'A & B < C',
    };
    const out = rssFeed([tricky], context);
    expect(out).toContain('<![CDATA[Tips & tricks: <script> and "quotes"]]>');
    expect(rssFeed(posts, context)).toBe(xml);
    // "Last built" is the newest post's date, not the build time.
    expect(first(xml, 'lastBuildDate')).toBe(new Date(`${posts[0]!.date}T00:00:00Z`).toUTCString());
  });

  it('is empty but valid before the first post', () => {
    expect(all(rssFeed([], context), 'item')).toEqual([]);
  });
});

describe('Atom feed', () => {
  const xml = atomFeed(posts, context);
  const entries = all(xml, 'entry');

  it('has every post with id, link, published and updated dates and summary', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`<link rel="self" href="${BASE}/atom.xml"/>`);
    expect(first(xml, 'name')).toBe(site.name);
    expect(entries).toHaveLength(posts.length);
    entries.forEach((entry, i) => {
      const post = posts[i]!;
      expect(first(entry, 'id')).toBe(`${BASE}${post.url}`);
      expect(entry).toContain(`<link href="${BASE}${post.url}"/>`);
      expect(first(entry, 'published')).toBe(`${post.date}T00:00:00.000Z`);
      expect(first(entry, 'updated')).toBe(`${post.updated ?? post.date}T00:00:00.000Z`);
      expect(first(entry, 'summary')).toBe(post.excerpt);
    });
  });

  it('moves "updated" when a post is revised, keeping "published"', () => {
    const revised = { ...posts[0]!, updated: '2026-01-15' };
    const entry = all(atomFeed([revised], context), 'entry')[0]!;
    expect(first(entry, 'updated')).toBe('2026-01-15T00:00:00.000Z');
    expect(first(entry, 'published')).toBe(`${revised.date}T00:00:00.000Z`);
  });
});
