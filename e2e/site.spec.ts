import {
  expect,
  FIXTURE_POSTS,
  fixturePage,
  PAGE_TYPES,
  SHOWN_HOURS,
  SITE,
  TEL,
  test,
  UNPUBLISHED_POSTS,
} from './fixtures';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const { name, path } of PAGE_TYPES) {
  test(`${name} page shows the header facts and the footer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const header = page.locator('body > header');
    await expect(header.getByRole('img', { name: new RegExp(SITE.name) })).toBeVisible();
    // Both hours rules: weekdays, and the shorter Saturday.
    await expect(header.getByText('MON - FRI: 9 AM - 5:30 PM')).toBeVisible();
    await expect(header.getByText('SAT: 9 AM - 1 PM')).toBeVisible();
    const phone = header.getByRole('link', { name: new RegExp(escapeRegExp(SITE.phone)) });
    await expect(phone).toHaveAttribute('href', TEL);
    const nav = header.getByRole('navigation', { name: 'Main' });
    for (const { label } of SITE.nav) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const footer = page.locator('body > footer');
    await expect(footer.getByRole('link', { name: SITE.phone })).toBeVisible();
    // Visitors abroad need to know whose 9 AM it is.
    await expect(footer.getByText(`${SHOWN_HOURS} (Malaysia Time)`, { exact: true })).toBeVisible();
    await expect(
      footer.getByRole('link', { name: 'Privacy notice / Notis privasi' }),
    ).toHaveAttribute('href', '/privacy');
  });
}

test('the blog index lists every published post, newest first, with date, excerpt and image', async ({
  page,
}) => {
  await page.goto('/blog');
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(FIXTURE_POSTS.length);
  const titles = await cards.getByRole('heading').allTextContents();
  expect([...titles].sort()).toEqual(FIXTURE_POSTS.map((p) => p.title).sort());
  // Neither the draft nor the post dated 2099.
  for (const post of UNPUBLISHED_POSTS)
    await expect(page.getByText(post.title), post.slug).toHaveCount(0);
  const dates = await cards
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const card of await cards.all()) {
    await expect(card.getByRole('img')).toHaveAttribute('alt', /\w{3,}/);
    await expect(card.locator('p').last()).not.toBeEmpty();
  }
});

test('the home page has a hero, the latest posts and the contact CTA', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The first section heading of the fixture's pages/home.mdx.
  const section = /^## (.+)$/m.exec(fixturePage('home').body)?.[1] ?? '';
  await expect(page.getByRole('heading', { name: section })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest from the blog' });
  await expect(latest.getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('region', { name: SITE.cta.title })).toBeVisible();
});

test('the contact page shows phone, hours and the known address', async ({ page }) => {
  await page.goto('/contact');
  const details = page.getByRole('complementary', { name: 'Reach us directly' });
  await expect(
    details.getByRole('link', { name: new RegExp(escapeRegExp(SITE.phone)) }),
  ).toHaveAttribute('href', TEL);
  await expect(details.getByText(SHOWN_HOURS)).toBeVisible();
  await expect(details.locator('address')).toHaveText('Malaysia');
  // The placeholder email is a setting marketing has not filled in yet: it must not be shown.
  expect(SITE.email).toContain('example.com');
  await expect(page.getByText('example.com')).toHaveCount(0);
});

test.describe(() => {
  test.use({ expectedErrors: [/status of 404 .*\/(blog\/no-such-post|no-such-page)$/] });
  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
    for (const path of ['/blog/no-such-post', '/no-such-page']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
        'href',
        '/',
      );
      // It names no address of its own (it inherited Next's internal "/_not-found").
      await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
      await expect(page).toHaveTitle(/^Page not found/);
    }
  });
});

test('the favicon is served', async ({ request }) => {
  const response = await request.get('/logo.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});
