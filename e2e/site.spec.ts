import { expect, PAGE_TYPES, SEED_POSTS, test } from './fixtures';

for (const { name, path } of PAGE_TYPES) {
  test(`${name} page shows the header facts and the footer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const header = page.locator('body > header');
    await expect(header.getByRole('img', { name: /Snynet/ })).toBeVisible();
    await expect(header.getByText('MON - SUN: 10 AM - 6 PM')).toBeVisible();
    const phone = header.getByRole('link', { name: /\+60 11 5624 8319/ });
    await expect(phone).toHaveAttribute('href', 'tel:+601156248319');
    const nav = header.getByRole('navigation', { name: 'Main' });
    for (const label of ['Home', 'Services', 'About', 'Blog', 'Contact']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const footer = page.locator('body > footer');
    await expect(footer.getByRole('link', { name: '+60 11 5624 8319' })).toBeVisible();
    // Visitors abroad need to know whose 10 AM it is.
    await expect(
      footer.getByText('MON - SUN: 10 AM - 6 PM (Malaysia Time)', { exact: true }),
    ).toBeVisible();
  });
}

test('the blog index lists every seed post, newest first, with date, excerpt and image', async ({
  page,
}) => {
  await page.goto('/blog');
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(SEED_POSTS.length);
  const titles = await cards.getByRole('heading').allTextContents();
  expect([...titles].sort()).toEqual(SEED_POSTS.map((p) => p.title).sort());
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
  await expect(page.getByRole('heading', { name: 'What we do' })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest from the blog' });
  await expect(latest.getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Find Out More About Us' })).toBeVisible();
});

test('the contact page shows phone, hours and the known address', async ({ page }) => {
  await page.goto('/contact');
  const details = page.getByRole('complementary', { name: 'Reach us directly' });
  await expect(details.getByRole('link', { name: /\+60 11 5624 8319/ })).toHaveAttribute(
    'href',
    'tel:+601156248319',
  );
  await expect(details.getByText('MON - SUN: 10 AM - 6 PM')).toBeVisible();
  await expect(details.locator('address')).toHaveText('Malaysia');
  // The placeholder email is a setting marketing has not filled in yet: it must not be shown.
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
