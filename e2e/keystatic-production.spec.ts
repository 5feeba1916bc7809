import { expect, test } from '@playwright/test';

/**
 * The production build without GitHub storage settings (how `npm test` builds): the browser
 * editor does not exist there. Its addresses answer 404 with noindex, and nothing lists them.
 */
test('the admin and its API answer 404, with noindex, and no page loads its code', async ({
  page,
  request,
}) => {
  for (const path of ['/keystatic', '/keystatic/collection/posts', '/api/keystatic/tree']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const response = await page.goto('/keystatic');
  expect(response?.status()).toBe(404);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  const urls: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') urls.push(sent.url());
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  const scripts = await Promise.all(urls.map(async (url) => (await request.get(url)).text()));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((code) => /keystatic/i.test(code))).toEqual([]);
});

test('the sitemap and robots.txt do not name the admin', async ({ request }) => {
  expect(await (await request.get('/sitemap.xml')).text()).not.toMatch(/keystatic/i);
  expect(await (await request.get('/robots.txt')).text()).not.toMatch(/keystatic/i);
});
