import { expect, SEED_POSTS, test } from './fixtures';

for (const post of SEED_POSTS) {
  test(`article "${post.slug}" renders title, date, image, author, reading time and body`, async ({
    page,
  }) => {
    await page.goto(`/blog/${post.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
    const article = page.getByRole('article').first();
    const time = article.locator('header time');
    await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    if ('date' in post) {
      await expect(time).toHaveAttribute('datetime', post.date);
      await expect(time).toHaveText(post.shownDate);
    }
    const hero = article.locator('header img');
    await expect(hero).toHaveAttribute('alt', /\w+ \w+ \w+/);
    expect(
      await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    await expect(article.getByText('By Snynet Solution')).toBeVisible();
    await expect(article.getByText(/\d+ min read/)).toBeVisible();
    expect((await article.locator('.prose').innerText()).length).toBeGreaterThan(300);
    if ('source' in post)
      await expect(article.getByText(post.source, { exact: true })).toBeVisible();
  });
}

test('the related rail links to three other posts, and they open', async ({ page }) => {
  const first = SEED_POSTS[0];
  await page.goto(`/blog/${first.slug}`);
  const rail = page.getByRole('region', { name: 'Other Blog' });
  const cards = rail.getByRole('article');
  await expect(cards).toHaveCount(3);
  const hrefs = await rail
    .getByRole('link', { name: /^Read More/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(3);
  expect(new Set(hrefs).size).toBe(3);
  expect(hrefs).not.toContain(`/blog/${first.slug}`);
  for (const card of await cards.all()) {
    await expect(card.getByRole('heading')).not.toBeEmpty();
    await expect(card.locator('p').last()).not.toBeEmpty();
  }
  for (const href of hrefs) {
    await page.goto(`/blog/${first.slug}`);
    const title = await rail.locator(`h3 a[href="${href}"]`).innerText();
    await rail
      .getByRole('link', { name: new RegExp(`^Read More about ${escapeRegExp(title)}$`) })
      .click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
});

test('the contact CTA on an article reaches the contact page', async ({ page }) => {
  await page.goto(`/blog/${SEED_POSTS[1].slug}`);
  const cta = page.getByRole('region', { name: 'Find Out More About Us' });
  await expect(cta).toContainText(
    'Want to hire the best people for your project? Look no further: you came to the right place.',
  );
  await cta.getByRole('link', { name: 'Contact Us' }).click();
  await expect(page).toHaveURL('/contact');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact us');
});

test('inline code reads as code, without the literal backticks typography adds', async ({
  page,
}) => {
  await page.goto('/blog/closing-tabs-in-chrome-android');
  const code = page.locator('.prose code', { hasText: 'chrome://flags' });
  await expect(code).toBeVisible();
  const marks = await code.evaluate((el) =>
    ['::before', '::after'].map((pseudo) => getComputedStyle(el, pseudo).content),
  );
  expect(marks).toEqual(['none', 'none']);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
