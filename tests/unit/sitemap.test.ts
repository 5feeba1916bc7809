import { describe, expect, it } from 'vitest';
import { STATIC_ROUTES } from '@/lib/site/routes';
import { summariesIn } from '@/lib/i18n/posts';
import type { PostSummary } from '@/lib/posts/posts';
import { buildRobots, buildSitemap } from '@/lib/seo/sitemap';

const BASE = 'https://www.snynet.com.my';
const posts = summariesIn('en', { includeDrafts: false, today: '2026-11-28' });
const sitemap = (list: readonly PostSummary[], perPage = 9) =>
  buildSitemap({ baseUrl: BASE, staticPaths: STATIC_ROUTES, posts: list, perPage });

describe('sitemap', () => {
  const entries = sitemap(posts);
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));

  it('lists every fixed page and every post once, as absolute URLs', () => {
    for (const path of STATIC_ROUTES)
      expect(byUrl.has(path === '/' ? BASE : `${BASE}${path}`), path).toBe(true);
    for (const post of posts) expect(byUrl.has(`${BASE}${post.url}`), post.slug).toBe(true);
    expect(posts).toHaveLength(5);
    expect(byUrl.has(`${BASE}/blog/a-draft-nobody-should-see`)).toBe(false);
    expect(byUrl.has(`${BASE}/blog/a-post-scheduled-for-the-far-future`)).toBe(false);
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
    expect(entries.every((e) => e.url.startsWith(`${BASE}`))).toBe(true);
  });

  it('dates each post by its frontmatter (updated, else date)', () => {
    // Revised on 2021-03-15, a week after it was published.
    expect(byUrl.get(`${BASE}/blog/ransomware-hits-accounting-firms`)?.lastModified).toBe(
      '2021-03-15',
    );
    expect(byUrl.get(`${BASE}/blog/choosing-a-cdn-for-a-faster-website`)?.lastModified).toBe(
      '2021-07-20',
    );
    const revised = { ...posts[0]!, updated: '2026-02-01' };
    const entry = sitemap([revised]).find((e) => e.url === `${BASE}${revised.url}`);
    expect(entry?.lastModified).toBe('2026-02-01');
  });

  it('dates listings by their newest post, and leaves fixed pages undated', () => {
    expect(byUrl.get(`${BASE}/blog`)?.lastModified).toBe(posts[0]!.date);
    expect(posts[0]!.date).toBe('2022-02-10');
    expect(byUrl.get(`${BASE}/blog/tags/microsoft`)?.lastModified).toBe('2021-09-01');
    expect(byUrl.get(`${BASE}/about`)).toEqual({ url: `${BASE}/about` });
  });

  it('has one entry per tag and per listing page, never the ".../page/1" copies', () => {
    const tags = new Set(posts.flatMap((p) => p.tags));
    for (const tag of tags) expect(byUrl.has(`${BASE}/blog/tags/${tag}`), tag).toBe(true);
    expect(entries.some((e) => e.url.endsWith('/page/1'))).toBe(false);
    const paged = sitemap(posts, 2).map((e) => e.url);
    expect(paged).toContain(`${BASE}/blog/page/3`);
    expect(paged).not.toContain(`${BASE}/blog/page/4`);
  });
});

describe('robots.txt', () => {
  it('lets crawlers in, keeps them off the API and names the sitemap', () => {
    expect(buildRobots(BASE)).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: '/api/' },
      sitemap: `${BASE}/sitemap.xml`,
    });
  });
});
