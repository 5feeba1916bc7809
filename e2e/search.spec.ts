import { ARTICLE, expect, FIXTURE_POSTS, fixturePost, test } from './fixtures';

const RANSOMWARE = `/blog/${ARTICLE.slug}`;
const CDN = fixturePost('choosing-a-cdn-for-a-faster-website');
/** The posts tagged microsoft: the ransomware article and the laptop guide. */
const MICROSOFT = FIXTURE_POSTS.filter((p) => p.tags.includes('microsoft')).length;

test.describe('search with JavaScript', () => {
  test('results follow typing, over bodies too, and the address keeps the query', async ({
    page,
  }) => {
    await page.goto('/search');
    const box = page.getByRole('searchbox', { name: 'Search posts' });
    const status = page.getByRole('status');
    const results = page.getByRole('main').getByRole('article');
    await expect(status).toHaveText(`All ${FIXTURE_POSTS.length} posts, newest first.`);
    await expect(results).toHaveCount(FIXTURE_POSTS.length);

    // "Ledgerlock" appears only in the body of the ransomware article.
    expect(ARTICLE.body).toContain('Ledgerlock');
    await box.pressSequentially('ledgerl');
    await expect(status).toHaveText('1 post matches “ledgerl”.');
    await expect(results).toHaveCount(1);
    await expect(results.getByRole('link', { name: ARTICLE.title })).toHaveAttribute(
      'href',
      RANSOMWARE,
    );
    await expect(page).toHaveURL('/search?q=ledgerl');

    // Each word is in a post, never both in the same one.
    await box.fill('ransomware cdn');
    await expect(status).toHaveText('No posts match “ransomware cdn”.');
    await expect(results).toHaveCount(0);

    // Enter does not reload the page: the results are already there.
    await box.fill('microsoft');
    await box.press('Enter');
    await expect(status).toHaveText(`${MICROSOFT} posts match “microsoft”.`);
    await expect(page).toHaveURL('/search?q=microsoft');

    await box.fill('');
    await expect(results).toHaveCount(FIXTURE_POSTS.length);
    await expect(page).toHaveURL('/search');
  });

  test.describe(() => {
    test.use({ expectedErrors: [/status of 503 .*search-index\.json/] });
    test('without its index (offline, or the file failed) titles, excerpts and tags still answer', async ({
      page,
    }) => {
      await page.route('**/search-index.json*', (route) => route.fulfill({ status: 503 }));
      await page.goto('/search');
      const box = page.getByRole('searchbox', { name: 'Search posts' });
      const status = page.getByRole('status');
      const results = page.getByRole('main').getByRole('article');
      // In the ransomware post's title: found. Only in its body: not, without the index.
      await box.fill('ransom');
      await expect(status).toHaveText('1 post matches “ransom”.');
      await expect(results.getByRole('link', { name: ARTICLE.title })).toBeVisible();
      await box.fill('ledgerlock');
      await expect(status).toHaveText('No posts match “ledgerlock”.');
      // A tag counts: both Microsoft posts carry it, neither says it.
      await box.fill('microsoft');
      await expect(status).toHaveText(`${MICROSOFT} posts match “microsoft”.`);
    });
  });

  test('what a visitor types before the page’s script has run is kept and searched', async ({
    page,
  }) => {
    // Hold every script until the visitor has typed into the prerendered box.
    const held: { continue: () => Promise<void> }[] = [];
    let hold = true;
    await page.route('**/*.js', (route) => (hold ? void held.push(route) : route.continue()));
    await page.goto('/search', { waitUntil: 'domcontentloaded' });
    const box = page.getByRole('searchbox', { name: 'Search posts' });
    await box.pressSequentially('cdn');
    hold = false;
    await Promise.all(held.map((route) => route.continue()));

    await expect(page.getByRole('status')).toHaveText('1 post matches “cdn”.');
    await expect(box).toHaveValue('cdn');
    await expect(box).toBeFocused();
    await expect(page).toHaveURL('/search?q=cdn');
    await box.press('End');
    await box.pressSequentially(' faster');
    await expect(page.getByRole('status')).toHaveText('1 post matches “cdn faster”.');
  });

  test('a shared /search?q= address opens with its results', async ({ page }) => {
    await page.goto('/search?q=cdn');
    await expect(page.getByRole('searchbox', { name: 'Search posts' })).toHaveValue('cdn');
    await expect(page.getByRole('status')).toHaveText('1 post matches “cdn”.');
    await page.getByRole('main').getByRole('article').getByRole('link').first().click();
    await expect(page).toHaveURL(`/blog/${CDN.slug}`);
  });

  test('the search box on /blog leads to /search with the query', async ({ page }) => {
    await page.goto('/blog');
    // The phone-browser post's tag.
    await page.getByRole('searchbox', { name: 'Search the blog' }).fill('android');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search?q=android');
    await expect(page.getByRole('status')).toHaveText('1 post matches “android”.');
  });

  test('the search code and index load on /search only', async ({ page }) => {
    const loaded: string[] = [];
    page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
    const searchChunks = async () => {
      const chunks: string[] = [];
      for (const path of loaded.filter((p) => p.endsWith('.js'))) {
        const body = await (await page.request.get(path)).text();
        // The island's own code: it reads what was typed into the box (search-box.tsx's id).
        if (body.includes('"search-q"')) chunks.push(path);
      }
      return chunks;
    };
    for (const path of ['/', '/blog', RANSOMWARE, '/contact']) {
      loaded.length = 0;
      await page.goto(path, { waitUntil: 'networkidle' });
      // The header links to /search on every page; following it must not prefetch its code.
      await page.getByRole('link', { name: 'Search', exact: true }).hover();
      await page.waitForLoadState('networkidle');
      expect(loaded, path).not.toContain('/search-index.json');
      expect(await searchChunks(), path).toEqual([]);
    }
    loaded.length = 0;
    await page.goto('/search', { waitUntil: 'networkidle' });
    expect(loaded).toContain('/search-index.json');
    expect(await searchChunks()).toHaveLength(1);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GET form submits to /search?q=, where every post is listed to look through', async ({
    page,
  }) => {
    await page.goto('/blog');
    await page.getByRole('searchbox', { name: 'Search the blog' }).fill('ledgerlock');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search?q=ledgerlock');
    // Playwright's text matchers skip <noscript>, so read the note the browser laid out.
    const note = page.locator('main noscript > p');
    await expect(note).toBeVisible();
    expect(await note.evaluate((p) => p.textContent)).toContain('Live search needs JavaScript');
    const results = page.getByRole('main').getByRole('article');
    await expect(results).toHaveCount(FIXTURE_POSTS.length);
    for (const post of FIXTURE_POSTS) {
      await expect(results.getByRole('link', { name: post.title })).toHaveAttribute(
        'href',
        `/blog/${post.slug}`,
      );
    }
    // The form on /search itself is a plain GET form too.
    const form = page.getByRole('search');
    await expect(form).toHaveAttribute('action', '/search');
    await expect(form).toHaveAttribute('method', 'get');
    await page.getByRole('searchbox', { name: 'Search posts' }).fill('cdn');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search?q=cdn');
  });
});
