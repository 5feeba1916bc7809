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

test('printed, an article is its text in dark ink, whatever the screen theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/blog/${SEED_POSTS[0].slug}`);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const part of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.getByRole('region', { name: 'Other Blog' }),
    page.getByRole('region', { name: 'Find Out More About Us' }),
  ])
    await expect(part).toBeHidden();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeVisible();
  // Near-black on the white of paper, not the pale heading of the dark theme.
  const [r, g, b] = await title.evaluate((el) => {
    // Through a canvas, which turns any CSS colour (oklch included) into RGB.
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return [255, 255, 255];
    context.fillStyle = getComputedStyle(el).color;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data];
  });
  expect(Math.max(r ?? 255, g ?? 255, b ?? 255)).toBeLessThan(80);
  // A link to another site (the seed posts have none: one is added as a post would have it).
  const after = await page
    .locator('.prose p')
    .first()
    .evaluate((p) => {
      const link = Object.assign(document.createElement('a'), {
        href: 'https://example.org/report',
      });
      link.textContent = 'the report';
      p.append(' See ', link, '.');
      return getComputedStyle(link, '::after').content;
    });
  expect(after).toBe('" (https://example.org/report)"');
});
