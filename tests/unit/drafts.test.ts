import type * as Generated from 'contentlayer/generated';
import { describe, expect, it, vi } from 'vitest';

/**
 * A draft and a scheduled (future-dated) post are slipped into the fixture site, beside its own
 * draft and post dated 2099; then every generated output is asked for, through the same functions
 * the routes use, with the production visibility rules a build applies. None may show up anywhere.
 */
vi.mock('contentlayer/generated', async (importOriginal) => {
  const real = await importOriginal<typeof Generated>();
  const base = real.allPosts.find((p) => p.tags.includes('microsoft'));
  if (!base) throw new Error('the fixture site has no Microsoft post to copy');
  const { postLike } = await import('../helpers/generated-post');
  const hidden = (slug: string, fields: Partial<Generated.Post>): Generated.Post =>
    postLike(base, slug, {
      title: `Quokka ${slug} about ransomware at accounting firms`,
      excerpt: 'A quokka post that nobody outside the editors may see yet, about ransomware.',
      body: {
        ...base.body,
        raw: 'Quokka zanzibar.',
        html: 'Quokka zanzibar ransomware Ledgerlock ledgers accounting firms laptops',
      },
      ...fields,
    });
  return {
    ...real,
    allPosts: [
      ...real.allPosts,
      hidden('secret-draft', { draft: true, tags: ['microsoft', 'draft-only-tag'] }),
      hidden('scheduled-post', { date: '2999-01-01', tags: ['future-only-tag'] }),
    ],
  };
});

const { GET: rssRoute } = await import('@/app/feed.xml/route');
const { GET: atomRoute } = await import('@/app/atom.xml/route');
const { GET: indexRoute } = await import('@/app/search-index.json/route');
const { default: sitemapRoute } = await import('@/app/sitemap');
const posts = await import('@/lib/i18n/posts');
const { GET: cardRoute } = await import('@/app/(en)/blog/[slug]/og.png/route.server');
const shareCard = (slug: string) =>
  cardRoute(new Request(`http://localhost/blog/${slug}/og.png`), {
    params: Promise.resolve({ slug }),
  });

/** The fixture site's own draft and post dated 2099. */
const FIXTURE_HIDDEN = ['a-draft-nobody-should-see', 'a-post-scheduled-for-the-far-future'];
const HIDDEN = [
  'secret-draft',
  'scheduled-post',
  'quokka',
  'draft-only-tag',
  'future-only-tag',
  ...FIXTURE_HIDDEN,
  'nobody should see',
  'scheduled for the far future',
];
const expectNoneIn = (text: string, where: string) => {
  for (const word of HIDDEN) expect(text.toLowerCase(), `${word} in ${where}`).not.toContain(word);
};

describe('drafts and scheduled posts in a production build', () => {
  it('are really in the content (the editor preview shows them)', () => {
    const preview = posts.postsIn('en', { includeDrafts: true, today: '9999-12-31' });
    const hidden = ['secret-draft', 'scheduled-post', ...FIXTURE_HIDDEN];
    expect(preview.map((p) => p.slug)).toEqual(expect.arrayContaining(hidden));
    // Under the rules a build uses (NODE_ENV is not "development" here), they are gone.
    const published = posts.postsIn('en').map((p) => p.slug);
    for (const slug of hidden) expect(published).not.toContain(slug);
    expect(published).toHaveLength(preview.length - hidden.length);
    expect(published).toHaveLength(5);
  });

  it('get no share card from the server, even after their day, until a build publishes them', async () => {
    expect((await shareCard('secret-draft')).status).toBe(404);
    for (const slug of FIXTURE_HIDDEN) expect((await shareCard(slug)).status, slug).toBe(404);
    vi.useFakeTimers({ now: new Date('3000-01-01T00:00:00Z'), toFake: ['Date'] });
    try {
      vi.stubEnv('SNYNET_BUILD_DAY', '2998-12-31');
      expect((await shareCard('scheduled-post')).status).toBe(404);
      vi.stubEnv('SNYNET_BUILD_DAY', '2999-01-01');
      const card = await shareCard('scheduled-post');
      expect([card.status, card.headers.get('content-type')]).toEqual([200, 'image/png']);
    } finally {
      vi.useRealTimers();
      vi.unstubAllEnvs();
    }
  });

  it('appear in neither feed', async () => {
    expectNoneIn(await rssRoute().text(), 'feed.xml');
    expectNoneIn(await atomRoute().text(), 'atom.xml');
  });

  it('appear nowhere in the sitemap', () => {
    expectNoneIn(JSON.stringify(sitemapRoute()), 'sitemap.xml');
  });

  it('cannot be found by search, even by words only they contain', async () => {
    const text = await indexRoute().text();
    expectNoneIn(text, 'search-index.json');
    expect(text).not.toContain('zanzibar');
  });

  it('add no tag and no count to the tag listings', () => {
    const tags = posts.tagsIn('en');
    expectNoneIn(JSON.stringify(tags), '/blog/tags');
    const microsoft = tags.find((t) => t.tag === 'microsoft');
    expect(microsoft?.count).toBe(posts.postsTaggedIn('en', 'microsoft').length);
    expectNoneIn(JSON.stringify(posts.postsTaggedIn('en', 'microsoft')), '/blog/tags/microsoft');
  });

  it('are never offered in a related rail, though they are the closest match', () => {
    for (const post of posts.postsIn('en')) {
      expectNoneIn(JSON.stringify(posts.relatedIn(post, 10)), `related to ${post.slug}`);
    }
  });

  it('have no page, no listing entry and no share image to prerender', () => {
    for (const slug of ['secret-draft', 'scheduled-post', ...FIXTURE_HIDDEN])
      expect(posts.postIn('en', slug), slug).toBeUndefined();
    expectNoneIn(JSON.stringify(posts.summariesIn('en')), '/blog');
  });
});
