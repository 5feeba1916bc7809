import { ARTICLE, expect, FIXTURE_POSTS, fixturePage, SITE, test } from './fixtures';

/** A line of MDX as a reader sees it: no emphasis marks, links reduced to their words. */
const plain = (line: string) =>
  line.replace(/\*\*|__/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');

for (const post of FIXTURE_POSTS) {
  test(`article "${post.slug}" renders title, date, image, author, reading time and body`, async ({
    page,
  }) => {
    await page.goto(`/blog/${post.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
    const article = page.getByRole('article').first();
    const time = article.locator('header time');
    await expect(time).toHaveAttribute('datetime', post.date);
    await expect(time).toHaveText(post.shownDate);
    const hero = article.locator('header img');
    await expect(hero).toHaveAttribute('alt', post.coverAlt ?? /\w+ \w+ \w+/);
    expect(
      await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    // Posts without an author of their own are the company's.
    await expect(article.getByText(`By ${post.author ?? SITE.name}`)).toBeVisible();
    await expect(article.getByText(/\d+ min read/)).toBeVisible();
    // The whole body: every section heading, and its last paragraph.
    const prose = article.locator('.prose');
    const headings = post.body.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.length).toBeGreaterThan(0);
    await expect(prose.locator('h2')).toHaveText(headings.map((line) => plain(line.slice(3))));
    const last = post.body.split('\n').filter(Boolean).at(-1) ?? '';
    await expect(prose).toContainText(plain(last));
    if (post.source) await expect(article.getByText(post.source, { exact: true })).toBeVisible();
  });
}

test('the related rail links to three other posts, and they open', async ({ page }) => {
  const first = ARTICLE;
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
  await page.goto(`/blog/${FIXTURE_POSTS[0]?.slug}`);
  const cta = page.getByRole('region', { name: SITE.cta.title });
  await expect(cta).toContainText(SITE.cta.text);
  await cta.getByRole('link', { name: SITE.cta.button }).click();
  await expect(page).toHaveURL(SITE.cta.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixturePage('contact').heading);
});

test('inline code reads as code, without the literal backticks typography adds', async ({
  page,
}) => {
  await page.goto(`/blog/${ARTICLE.slug}`);
  // The fixture posts have no inline code: one is added as Markdown renders `about://flags`.
  const code = await page
    .locator('.prose p')
    .first()
    .evaluate((p) => {
      const element = document.createElement('code');
      element.textContent = 'about://flags';
      p.append(' Open ', element, '.');
      return ['::before', '::after'].map((pseudo) => getComputedStyle(element, pseudo).content);
    });
  expect(code).toEqual(['none', 'none']);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('printed, an article is its text in dark ink, whatever the screen theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/blog/${ARTICLE.slug}`);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const part of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.getByRole('region', { name: 'Other Blog' }),
    page.getByRole('region', { name: SITE.cta.title }),
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
  // A link to another site (the fixture posts have none: one is added as a post would have it).
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
