import { gzipSync } from 'node:zlib';
import { ARTICLE, expect, PAGE_TYPES, test } from './fixtures';

const PAGES = [
  ...PAGE_TYPES,
  { name: 'search', path: '/search' },
  { name: 'tag', path: '/blog/tags/security' },
];

/** Issue budget: an App Router page may load at most this much JavaScript, gzip-compressed. */
const BUDGET_BYTES = 140 * 1024;

for (const { name, path } of PAGES) {
  test(`${name} page loads at most 140 KiB of gzip JavaScript`, async ({ page, request }) => {
    const scripts = new Set<string>();
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.add(req.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    let total = 0;
    for (const url of scripts) {
      const body = await (await request.get(url)).body();
      total += gzipSync(body, { level: 9 }).length;
    }
    test.info().annotations.push({
      type: 'gzip JS',
      description: `${(total / 1024).toFixed(1)} KiB in ${scripts.size} files`,
    });
    expect(scripts.size).toBeGreaterThan(0);
    expect(total, `${path}: ${(total / 1024).toFixed(1)} KiB`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}

// The picture that is the page's largest paint must be fetched from the <head>, not found after
// the stylesheet, and never lazily, or the largest paint waits for it.
for (const { path, picture } of [
  { path: '/blog', picture: 'main li:first-child img' },
  { path: `/blog/${ARTICLE.slug}`, picture: 'article header img' },
]) {
  test(`${path} preloads its largest picture`, async ({ page }) => {
    await page.goto(path);
    const image = page.locator(picture);
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect(image).not.toHaveAttribute('loading', 'lazy');
    const src = await image.getAttribute('src');
    await expect(page.locator(`head link[rel="preload"][as="image"][href="${src}"]`)).toHaveCount(
      1,
    );
  });
}

test('below-the-fold pictures stay lazy', async ({ page }) => {
  await page.goto('/blog');
  await expect(page.locator('main li:nth-child(2) img')).toHaveAttribute('loading', 'lazy');
});

// Without the preload the font is found only at layout: a later first paint and a text reflow
// (the contact page lost it once to Next's font lookup of "page.server.tsx").
for (const { name, path } of PAGE_TYPES) {
  test(`${name} page preloads its web font`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('head link[rel="preload"][as="font"]')).toHaveCount(1);
  });
}
