import type { APIRequestContext, Page } from '@playwright/test';
import {
  ARTICLE,
  expect,
  FIXTURE_POSTS,
  MALAY_PAGE_TYPES,
  PAGE_TYPES,
  SITE,
  test,
  UNPUBLISHED_POSTS,
} from './fixtures';

/** The build's SITE_URL (the default when unset): e2e must run with the build's environment. */
const ORIGIN = new URL(process.env.SITE_URL || 'http://localhost:3000').origin;

const PAGES = [
  ...PAGE_TYPES,
  { name: 'search', path: '/search' },
  { name: 'tags', path: '/blog/tags' },
  { name: 'tag', path: '/blog/tags/security' },
  ...MALAY_PAGE_TYPES,
];

const meta = (page: Page, attr: 'name' | 'property', key: string) =>
  page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

/** Post addresses (paths) named by a feed, sitemap or index, as text. */
function postPaths(text: string): string[] {
  // English posts only: the Malay site's (/ms/blog/…) are bilingual.spec.ts's.
  const paths = [...text.matchAll(/(?<!\/ms)\/blog\/([a-z0-9-]+)(?=["<\s])/g)].map(
    (m) => `/blog/${m[1]}`,
  );
  return [...new Set(paths.filter((p) => !/^\/blog\/(tags|page)$/.test(p)))].sort();
}
const text = async (request: APIRequestContext, path: string) => (await request.get(path)).text();

for (const { name, path } of PAGES) {
  test(`${name} page has title, description, canonical, Open Graph, Twitter card and feeds`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const name = SITE.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page).toHaveTitle(new RegExp(`^.+ \\| ${name}|^${name} \\| `));
    expect((await meta(page, 'name', 'description'))?.length).toBeGreaterThan(30);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(path === '/' ? ORIGIN : `${ORIGIN}${path}`);
    expect(await meta(page, 'property', 'og:url')).toBe(canonical);
    expect(await meta(page, 'property', 'og:title')).toBeTruthy();
    expect(await meta(page, 'property', 'og:description')).toBeTruthy();
    expect(await meta(page, 'property', 'og:site_name')).toBe(SITE.name);
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    const image = await meta(page, 'property', 'og:image');
    // Each language's own: /og.png, /ms/og.png, a post's /blog/…/og.png, /ms/blog/…/og.png.
    const ms = path.startsWith('/ms') ? '/ms' : '';
    expect(image).toMatch(new RegExp(`^${ORIGIN}${ms}/(blog/[a-z0-9-]+/)?og\\.png$`));
    expect(await meta(page, 'property', 'og:image:alt')).toBeTruthy();
    expect(await meta(page, 'name', 'twitter:image')).toBe(image);
    const served = await request.get(new URL(image ?? '').pathname);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
    for (const [type, href] of [
      ['application/rss+xml', `${ms}/feed.xml`],
      ['application/atom+xml', `${ms}/atom.xml`],
    ]) {
      await expect(page.locator(`link[rel="alternate"][type="${type}"]`)).toHaveAttribute(
        'href',
        `${ORIGIN}${href}`,
      );
    }
  });
}

test('each post has its own 1200×630 PNG share image with its title as alt text', async ({
  page,
  request,
}) => {
  for (const post of FIXTURE_POSTS) {
    await page.goto(`/blog/${post.slug}`);
    const image = await meta(page, 'property', 'og:image');
    expect(image).toBe(`${ORIGIN}/blog/${post.slug}/og.png`);
    expect(await meta(page, 'property', 'og:image:alt')).toBe(post.title);
    expect(await meta(page, 'property', 'og:type')).toBe('article');
    const png = await request.get(`/blog/${post.slug}/og.png`);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    // Drawn on request in a server deploy: a CDN may keep it, so crawlers rarely reach the server.
    expect(png.headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
    const body = await png.body();
    expect(body.subarray(1, 4).toString()).toBe('PNG');
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  // Cards are drawn on first request in a server deploy: only real posts get one.
  expect((await request.get('/blog/no-such-post/og.png')).status()).toBe(404);
});

test('feeds are well-formed RSS 2.0 and Atom with every post', async ({ page, request }) => {
  await page.goto('/');
  for (const [path, type, root, item] of [
    ['/feed.xml', 'application/rss+xml', 'rss', 'item'],
    ['/atom.xml', 'application/atom+xml', 'feed', 'entry'],
  ] as const) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toContain(type);
    const xml = await response.text();
    const parsed = await page.evaluate(
      ({ source, itemTag }) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          items: doc.getElementsByTagName(itemTag).length,
        };
      },
      { source: xml, itemTag: item },
    );
    expect(parsed).toEqual({ error: null, root, items: FIXTURE_POSTS.length });
    for (const post of FIXTURE_POSTS) expect(xml, path).toContain(`/blog/${post.slug}<`);
    for (const post of UNPUBLISHED_POSTS) expect(xml, path).not.toContain(post.slug);
  }
});

test('robots.txt names the sitemap, which lists every page and post', async ({ request }) => {
  const robots = await text(request, '/robots.txt');
  expect(robots).toContain('Allow: /');
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  const sitemap = await text(request, '/sitemap.xml');
  for (const path of ['', '/blog', '/blog/tags', '/search', '/about', '/services', '/contact']) {
    expect(sitemap).toContain(`<loc>${ORIGIN}${path}</loc>`);
  }
  for (const post of FIXTURE_POSTS) {
    // lastmod: the day the post last changed (its updated date, else its date).
    // (A post with a translation lists its hreflang alternates between the two.)
    const entry = sitemap.split('<url>').find((block) => block.includes(`/blog/${post.slug}<`));
    expect(entry).toContain(`<loc>${ORIGIN}/blog/${post.slug}</loc>`);
    expect(entry).toContain(`<lastmod>${post.updated ?? post.date}</lastmod>`);
  }
  expect(ARTICLE.updated).toBe('2021-03-15');
  for (const post of UNPUBLISHED_POSTS) expect(sitemap).not.toContain(post.slug);
});

test('sitemap, feeds, search index, tag pages and related rails name only published posts', async ({
  page,
  request,
}) => {
  // What /blog lists is, by definition, what is published.
  await page.goto('/blog');
  const published = (
    await page
      .getByRole('main')
      .getByRole('article')
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).sort();
  expect(published).toEqual(FIXTURE_POSTS.map((p) => `/blog/${p.slug}`).sort());
  for (const path of ['/sitemap.xml', '/feed.xml', '/atom.xml', '/search-index.json']) {
    expect(postPaths(await text(request, path)), path).toEqual(published);
  }
  for (const href of published) {
    await page.goto(href);
    const rail = page.getByRole('region', { name: 'Other Blog' });
    for (const link of await rail.getByRole('link', { name: /^Read More/ }).all()) {
      expect(published).toContain(await link.getAttribute('href'));
    }
  }
  await page.goto('/blog/tags');
  for (const tagHref of await page
    .getByRole('list', { name: 'All tags' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    const html = await text(request, tagHref);
    for (const path of postPaths(html)) expect(published, tagHref).toContain(path);
  }
});

test('browsers, bookmarks and phone home screens find the site icon', async ({ page, request }) => {
  await page.goto('/');
  const icons = page.locator('link[rel="icon"], link[rel="apple-touch-icon"]');
  const hrefs = await icons.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
  // Tools that never read the page ask for /favicon.ico itself.
  for (const href of [...hrefs, '/favicon.ico']) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }
});

test('the production build is no preview: no banner, and every page may be indexed', async ({
  page,
}) => {
  for (const { path } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('note', { name: 'Preview' })).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  }
});
