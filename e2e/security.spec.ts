import type { APIRequestContext } from '@playwright/test';
import { securityHeaders } from '@/lib/build/security-headers';
import { LOGO_PATH } from '@/lib/site/routes';
import { expect, PAGE_TYPES, test } from './fixtures';

for (const { name, path } of PAGE_TYPES) {
  test(`${name} page is served with the security headers and breaks no CSP rule`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-powered-by']).toBeUndefined();
    // Scroll through so lazy images and islands load under the policy too; any violation is a
    // console error, which the fixture turns into a failure.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  });
}

// Every response the server sends carries the whole set, value for value: a page, an API
// answer, a 404 and a file from public/ (next.config.ts sends them for every path).
const answers = [
  ['a page', (r: APIRequestContext) => r.get('/'), 200],
  [
    'an API answer',
    (r: APIRequestContext) =>
      r.post('/api/contact', { data: {}, headers: { 'x-forwarded-for': 'headers-check' } }),
    422,
  ],
  ['a 404', (r: APIRequestContext) => r.get('/no-such-page'), 404],
  ['a static file', (r: APIRequestContext) => r.get(LOGO_PATH), 200],
] as const;

for (const [what, fetch, status] of answers) {
  test(`${what} is served with every security header, and no X-Powered-By`, async ({ request }) => {
    const response = await fetch(request);
    expect(response.status()).toBe(status);
    const headers = response.headers();
    for (const { key, value } of securityHeaders)
      expect(headers[key.toLowerCase()], key).toBe(value);
    expect(headers['x-powered-by']).toBeUndefined();
  });
}
