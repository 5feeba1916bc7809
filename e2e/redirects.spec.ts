import { expect, test } from '@playwright/test';

/**
 * A post that moved (tests/fixtures/site/redirects.json, as the admin's Redirects writes it):
 * the server build answers its old address with a permanent redirect to the new one, so links
 * from elsewhere and search engines follow it.
 */
test('a moved post’s old address redirects permanently to its new one', async ({ request }) => {
  const response = await request.get('/blog/choosing-a-cdn', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/blog/choosing-a-cdn-for-a-faster-website');
  const followed = await request.get('/blog/choosing-a-cdn');
  expect(followed.status()).toBe(200);
  expect(await followed.text()).toContain('Choosing a CDN for a faster website');
});

test('a moved Malay post’s old address redirects to its new Malay address', async ({ request }) => {
  const response = await request.get('/ms/blog/wifi-pejabat', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/ms/blog/wifi-pejabat-yang-tidak-terputus');
});
