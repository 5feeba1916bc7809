import type { Page } from '@playwright/test';
import { ARTICLE, expect, FIXTURE_POSTS, test, UNPUBLISHED_POSTS } from './fixtures';

/** Post addresses in the cards of the listing on screen. */
async function cardLinks(page: Page): Promise<string[]> {
  return page
    .getByRole('main')
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The addresses of the published posts that carry `tag`. */
const withTag = (tag: string) =>
  FIXTURE_POSTS.filter((p) => p.tags.includes(tag)).map((p) => `/blog/${p.slug}`);

test.describe('tags', () => {
  test("a post's tags link to listings of every post with that tag", async ({ page }) => {
    const post = ARTICLE;
    await page.goto(`/blog/${post.slug}`);
    const tags = page.getByRole('list', { name: 'Tags' });
    await expect(tags.getByRole('link')).toHaveCount(post.tags.length);
    expect(post.tags).toContain('microsoft');
    await tags.getByRole('link', { name: 'Microsoft' }).click();
    await expect(page).toHaveURL('/blog/tags/microsoft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged “Microsoft”');
    const listed = await cardLinks(page);
    // The article and the laptop guide: every published post tagged microsoft, and no other.
    expect([...listed].sort()).toEqual(withTag('microsoft').sort());
    expect(listed).toHaveLength(2);
    // Every post listed carries the tag.
    for (const href of listed) {
      await page.goto(href);
      await expect(page.getByRole('list', { name: 'Tags' })).toContainText('Microsoft');
    }
  });

  test('/blog/tags lists every tag with its count, and the counts match the tag pages', async ({
    page,
  }) => {
    await page.goto('/blog');
    await page.getByRole('link', { name: 'Browse by tag' }).click();
    await expect(page).toHaveURL('/blog/tags');
    const chips = page.getByRole('list', { name: 'All tags' }).getByRole('link');
    const entries = await chips.evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href') ?? '',
        count: Number(a.querySelector('span:last-child')?.firstChild?.textContent),
      })),
    );
    // Every tag of a published post, counted over published posts only: the draft's "security"
    // and the 2099 post's "hosting" add nothing.
    const tagged = [...new Set(FIXTURE_POSTS.flatMap((p) => p.tags))];
    expect(tagged.length).toBeGreaterThanOrEqual(10);
    expect([...entries].sort((a, b) => a.href.localeCompare(b.href))).toEqual(
      tagged
        .map((tag) => ({ href: `/blog/tags/${tag}`, count: withTag(tag).length }))
        .sort((a, b) => a.href.localeCompare(b.href)),
    );
    expect(entries.find((e) => e.href === '/blog/tags/microsoft')?.count).toBe(2);
    expect(UNPUBLISHED_POSTS.flatMap((p) => p.tags)).toEqual(
      expect.arrayContaining(['security', 'hosting']),
    );
    expect(entries.find((e) => e.href === '/blog/tags/security')?.count).toBe(1);
    for (const { href, count } of entries) {
      await page.goto(href);
      expect(await cardLinks(page), href).toHaveLength(count);
    }
  });

  test.describe(() => {
    test.use({ expectedErrors: [/status of 404 .*\/blog\/tags\/no-such-tag$/] });
    test('an unknown tag is a 404', async ({ page }) => {
      expect((await page.goto('/blog/tags/no-such-tag'))?.status()).toBe(404);
    });
  });
});

test.describe('pagination', () => {
  test('"/blog/page/1" shows the first page and names /blog as the original', async ({ page }) => {
    await page.goto('/blog');
    const first = await cardLinks(page);
    await page.goto('/blog/page/1');
    expect(await cardLinks(page)).toEqual(first);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe('/blog');
  });

  test('prev/next links walk through every post exactly once', async ({ page }) => {
    await page.goto('/blog');
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    if ((await nav.count()) === 0) {
      // Everything fits on one page (12 per page); lib/pagination is unit-tested for more.
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(FIXTURE_POSTS.length);
      expect((await page.request.get('/blog/page/2')).status()).toBe(404);
      test.info().annotations.push({ type: 'skip', description: 'one page of posts: no links' });
      return;
    }
    const seen: string[] = [...(await cardLinks(page))];
    let pages = 1;
    while (await nav.getByRole('link', { name: 'Older posts' }).count()) {
      await nav.getByRole('link', { name: 'Older posts' }).click();
      pages += 1;
      await expect(page).toHaveURL(`/blog/page/${pages}`);
      await expect(nav).toContainText(`Page ${pages} of`);
      seen.push(...(await cardLinks(page)));
    }
    await nav.getByRole('link', { name: 'Newer posts' }).click();
    await expect(page).toHaveURL(pages === 2 ? '/blog' : `/blog/page/${pages - 1}`);
    expect(new Set(seen).size).toBe(seen.length);
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    expect(seen.length).toBe(
      sitemap.match(/<loc>[^<]*\/blog\/(?!tags\/|page\/)[^<]+<\/loc>/g)?.length,
    );
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the new pages fit the screen, and the menu offers Search', async ({ page }) => {
    for (const path of ['/', '/search?q=microsoft', '/blog/tags', '/blog/tags/security']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto('/blog');
    // Hours and phone share the top line; the open-now pill takes the second.
    const bar = page.locator('body > header > div').first();
    expect((await bar.boundingBox())?.height).toBeLessThan(80);
    // The phone's Menu is a <summary>, to which Playwright's role engine gives no role.
    await page.getByRole('banner').locator('summary', { hasText: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Search' })
      .click();
    await expect(page).toHaveURL('/search');
  });
});
