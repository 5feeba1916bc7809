import { expect, SEED_POSTS, test } from './fixtures';

// Error codes, URLs and file paths are words too long for a phone's line. Written into the built
// pages where posts put their text, they must wrap, not widen the page.
const LONG = 'ERR_SSL_VERSION_OR_CIPHER_MISMATCH_https://learn.microsoft.com/en-us/exchange/x';

const places = [
  { path: '/', selectors: ['main article :is(h2, h3) a', 'main article p'] },
  { path: '/blog', selectors: ['main article :is(h2, h3) a', 'main article p'] },
  {
    path: `/blog/${SEED_POSTS[0].slug}`,
    selectors: [
      'main h1',
      'main .prose p',
      'main .prose h2',
      '[aria-labelledby="related-heading"] a',
    ],
  },
];

for (const { path, selectors } of places) {
  test(`${path}: a very long word in a title or text wraps on a 390 px phone`, async ({ page }) => {
    await page.goto(path);
    for (const selector of selectors) {
      await expect(page.locator(selector).first(), selector).toBeVisible();
      await page
        .locator(selector)
        .first()
        .evaluate((el, word) => {
          el.textContent = `How to fix ${word} in Chrome`;
        }, LONG);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
