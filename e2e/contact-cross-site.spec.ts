import { randomUUID } from 'node:crypto';
import { exported } from './contact-export';
import { expect, test } from './fixtures';

// The server makes its database at its first enquiry; `exported` needs it to exist.
test.beforeAll(async ({ request }) => {
  const first = await request.post('/api/contact', {
    headers: { 'x-forwarded-for': `client-${randomUUID()}` },
    data: { name: 'First', email: 'first@example.my', message: 'The first enquiry of the run.' },
  });
  expect(first.status()).toBe(201);
});

// Each test is its own client, so the rate limit (5 per 10 minutes) never couples tests.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `client-${randomUUID()}` });
});

test.describe('posts from another site', () => {
  // These pages are made up here, so there is no React to wait for.
  test.use({ waitForHydration: false, expectedErrors: [/status of 403/] });

  const formPage = (action: string, fields: string) =>
    `<!doctype html><title>Elsewhere</title><form method="post" action="${action}"` +
    ` enctype="multipart/form-data">${fields}<button>Send</button></form>`;
  const visitorFields = (marker: string) =>
    '<input name="name" value="Visitor"><input name="email" value="visitor@example.my">' +
    `<textarea name="message">${marker}</textarea>`;

  test('a page elsewhere posting our fields gets 403 and stores nothing; our own page’s is stored', async ({
    page,
    baseURL,
  }) => {
    const foreign = `Sent from elsewhere ${randomUUID()}`;
    await page.route('https://elsewhere.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: formPage(`${baseURL}/api/contact`, visitorFields(foreign)),
      }),
    );
    await page.goto('https://elsewhere.example/');
    const [refused] = await Promise.all([
      page.waitForResponse(`${baseURL}/api/contact`),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(refused.status()).toBe(403);
    await expect(page.locator('body')).toContainText('only be sent from our own contact page');
    expect(exported('--include-spam')).not.toContain(foreign);

    // The same form served from the site itself (an integration's page, say) is stored.
    const own = `Sent from our own page ${randomUUID()}`;
    await page.route(`${baseURL}/our-own-form`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: formPage(`${baseURL}/api/contact`, visitorFields(own)),
      }),
    );
    await page.goto('/our-own-form');
    const [stored] = await Promise.all([
      page.waitForResponse(`${baseURL}/api/contact`),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(stored.status()).toBe(201);
    expect(exported()).toContain(own);
  });

  test('our contact form’s action posted from another site, or with made-up arguments, gets a 4xx', async ({
    page,
    baseURL,
    request,
  }) => {
    // The form's hidden action fields, copied the way another site could.
    const html = await (await request.get('/contact')).text();
    const hidden = (html.match(/<input[^>]*name="\$ACTION[^>]*>/g) ?? []).join('');
    expect(hidden).not.toBe('');
    const marker = `Action from elsewhere ${randomUUID()}`;
    await page.route('https://elsewhere.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: formPage(`${baseURL}/contact`, hidden + visitorFields(marker)),
      }),
    );
    await page.goto('https://elsewhere.example/');
    const [refused] = await Promise.all([
      page.waitForResponse(`${baseURL}/contact`),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(refused.status()).toBe(403);
    expect(exported('--include-spam')).not.toContain(marker);

    const actionId = /&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1] ?? '';
    const madeUp = await request.post('/contact', {
      headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8' },
      data: '{"not":"the form"}',
    });
    expect(madeUp.status()).toBeGreaterThanOrEqual(400);
    expect(madeUp.status()).toBeLessThan(500);
  });
});
