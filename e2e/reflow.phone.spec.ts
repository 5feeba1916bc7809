import { ARTICLE, expect, test } from './fixtures';

// Error codes, URLs and file paths are words too long for a phone's line. Written into the built
// pages where posts put their text, they must wrap, not widen the page.
const LONG = 'ERR_SSL_VERSION_OR_CIPHER_MISMATCH_https://support.example.com/en-us/ledgers/x';

const places = [
  { path: '/', selectors: ['main article :is(h2, h3) a', 'main article p'] },
  { path: '/blog', selectors: ['main article :is(h2, h3) a', 'main article p'] },
  {
    path: `/blog/${ARTICLE.slug}`,
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

test.describe('with the phone’s text size at 200%', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the top bar stacks hours, phone and status instead of overlapping them', async ({
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.goto('/contact');
    const bar = page.locator('body > header > div').first();
    const hours = await bar.locator('p').first().boundingBox();
    const phone = await bar.getByRole('link', { name: /Call us/ }).boundingBox();
    const status = await bar.locator('[data-open-now]').boundingBox();
    expect(hours && phone && status).toBeTruthy();
    if (!hours || !phone || !status) return;
    // One under the other, each whole on screen.
    expect(phone.y).toBeGreaterThanOrEqual(hours.y + hours.height);
    expect(status.y).toBeGreaterThanOrEqual(phone.y + phone.height);
    for (const box of [hours, phone, status]) expect(box.x + box.width).toBeLessThanOrEqual(360);
    // The status's words are all shown, not cut off with an ellipsis.
    const label = bar.locator('[data-open-now] .truncate');
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
