import type * as Generated from 'contentlayer/generated';
import { renderToStaticMarkup } from 'react-dom/server';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { removeProjects, contentProject } from '../helpers/content-project';

/**
 * A preview build (SITE_PREVIEW=1, or Vercel's VERCEL_ENV=preview) shows a draft and a
 * scheduled post, each marked, and asks search engines to stay away; a production build does not.
 */
vi.mock('contentlayer/generated', async (importOriginal) => {
  const real = await importOriginal<typeof Generated>();
  // A published post: the fixture's own draft would make every copy a draft.
  const base = real.allPosts.find((p) => p.slug === 'choosing-a-cdn-for-a-faster-website');
  if (!base) throw new Error('the fixture site has no CDN guide to copy');
  const { postLike } = await import('../helpers/generated-post');
  const extra = (slug: string, fields: Partial<Generated.Post>) => postLike(base, slug, fields);
  return {
    ...real,
    allPosts: [
      ...real.allPosts,
      extra('a-draft', { draft: true }),
      extra('a-scheduled-post', { date: '2999-01-01' }),
    ],
  };
});

afterAll(() => {
  vi.unstubAllEnvs();
  removeProjects();
});

const { defaultVisibility } = await import('@/lib/posts/posts');
const { postsIn } = await import('@/lib/i18n/posts');
const { rootMetadata } = await import('@/lib/seo/metadata');
const { buildRobots } = await import('@/lib/seo/sitemap');
const { site, siteLanguage } = await import('@/lib/site/site');
const { PublicationBadge } = await import('@/components/blog/publication-badge');
const { checkContent } = await import('@/lib/content-check/check-content');
const { isPreview } = await import('@/lib/posts/visibility');

const slugs = () => postsIn('en', defaultVisibility()).map((p) => p.slug);
const badge = (slug: string) => {
  const post = postsIn('en', defaultVisibility()).find((p) => p.slug === slug);
  if (!post) throw new Error(`${slug} is not shown`);
  return renderToStaticMarkup(PublicationBadge({ post }));
};

describe('a production build', () => {
  it('publishes neither the draft nor the scheduled post, and may be indexed', () => {
    vi.stubEnv('SITE_PREVIEW', '');
    vi.stubEnv('VERCEL_ENV', 'production');
    expect(slugs()).not.toContain('a-draft');
    expect(slugs()).not.toContain('a-scheduled-post');
    // Nor the fixture site's own draft and post dated 2099.
    expect(slugs()).not.toContain('a-draft-nobody-should-see');
    expect(slugs()).not.toContain('a-post-scheduled-for-the-far-future');
    expect(slugs()).toContain('choosing-a-cdn-for-a-faster-website');
    const preview = isPreview();
    expect(rootMetadata(site, 'https://x.test', siteLanguage, { preview }).robots).toBeUndefined();
    expect(JSON.stringify(buildRobots('https://x.test', preview))).toContain('"allow":"/"');
  });
});

describe.each([
  ['SITE_PREVIEW=1', 'SITE_PREVIEW', '1'],
  ['VERCEL_ENV=preview', 'VERCEL_ENV', 'preview'],
])('a preview build (%s)', (_label, name, value) => {
  it('shows the draft and the scheduled post, each marked', () => {
    vi.stubEnv('SITE_PREVIEW', '');
    vi.stubEnv(name, value);
    expect(slugs()).toEqual(expect.arrayContaining(['a-draft', 'a-scheduled-post']));
    expect(badge('a-draft')).toContain('Draft');
    expect(badge('a-scheduled-post')).toContain('Scheduled');
    expect(badge('a-draft-nobody-should-see')).toContain('Draft');
    expect(badge('a-post-scheduled-for-the-far-future')).toContain('Scheduled');
    expect(badge('a-post-scheduled-for-the-far-future')).not.toContain('Draft');
    expect(badge('choosing-a-cdn-for-a-faster-website')).toBe('');
    expect(badge('ransomware-hits-accounting-firms')).toBe('');
  });

  it('asks search engines not to index any page', () => {
    vi.stubEnv('SITE_PREVIEW', '');
    vi.stubEnv(name, value);
    const preview = isPreview();
    expect(rootMetadata(site, 'https://x.test', siteLanguage, { preview }).robots).toEqual({
      index: false,
      follow: false,
    });
    expect(buildRobots('https://x.test', preview)).toEqual({
      rules: { userAgent: '*', disallow: '/' },
    });
  });
});

describe('the content check of a preview build', () => {
  it('accepts a link to a draft, which the preview shows; production reports it', () => {
    const dir = contentProject();
    const post = (title: string, extra: string, body: string) =>
      `---\ntitle: ${title}\ndate: 2026-11-01\nexcerpt: An excerpt that is long enough to pass the length check.\n${extra}---\n\n${body}\n`;
    writeFileSync(
      join(dir, CONTENT_DIR, 'posts/live-one.mdx'),
      post('A live post today', '', 'See [the draft](/blog/draft-one).'),
    );
    writeFileSync(
      join(dir, CONTENT_DIR, 'posts/draft-one.mdx'),
      post('A draft', 'draft: true\n', 'x'),
    );
    const found = (preview: boolean) =>
      checkContent(dir, '2026-12-05', preview).problems.map((p) => `${p.file}: ${p.found}`);
    expect(found(false)).toEqual([
      expect.stringMatching(new RegExp(`^${CONTENT_DIR}/posts/live-one\\.mdx: .*draft-one`)),
    ]);
    expect(found(true)).toEqual([]);
  });
});
