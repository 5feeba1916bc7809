import { expect, SEED_POSTS, test } from './fixtures';

const EXCHANGE = `/blog/${SEED_POSTS[0].slug}`;

test.describe('search with JavaScript', () => {
  test('results follow typing, over bodies too, and the address keeps the query', async ({
    page,
  }) => {
    await page.goto('/search');
    const box = page.getByRole('searchbox', { name: 'Search posts' });
    const status = page.getByRole('status');
    const results = page.getByRole('main').getByRole('article');
    await expect(status).toHaveText(`All ${SEED_POSTS.length} posts, newest first.`);
    await expect(results).toHaveCount(SEED_POSTS.length);

    // "Hafnium" appears only in the body of the Exchange article.
    await box.pressSequentially('hafn');
    await expect(status).toHaveText('1 post matches “hafn”.');
    await expect(results).toHaveCount(1);
    await expect(results.getByRole('link', { name: SEED_POSTS[0].title })).toHaveAttribute(
      'href',
      EXCHANGE,
    );
    await expect(page).toHaveURL('/search?q=hafn');

    await box.fill('windows javelin');
    await expect(status).toHaveText('No posts match “windows javelin”.');
    await expect(results).toHaveCount(0);

    // Enter does not reload the page: the results are already there.
    await box.fill('microsoft');
    await box.press('Enter');
    await expect(status).toHaveText('2 posts match “microsoft”.');
    await expect(page).toHaveURL('/search?q=microsoft');

    await box.fill('');
    await expect(results).toHaveCount(SEED_POSTS.length);
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
      // In the Exchange post's title: found. Only in its body: not, without the index.
      await box.fill('exch');
      await expect(status).toHaveText('1 post matches “exch”.');
      await expect(results.getByRole('link', { name: SEED_POSTS[0].title })).toBeVisible();
      await box.fill('hafnium');
      await expect(status).toHaveText('No posts match “hafnium”.');
      // A tag counts: both Microsoft posts carry it.
      await box.fill('microsoft');
      await expect(status).toHaveText('2 posts match “microsoft”.');
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
    await box.pressSequentially(' providers');
    await expect(page.getByRole('status')).toHaveText('1 post matches “cdn providers”.');
  });

  test('a shared /search?q= address opens with its results', async ({ page }) => {
    await page.goto('/search?q=cdn');
    await expect(page.getByRole('searchbox', { name: 'Search posts' })).toHaveValue('cdn');
    await expect(page.getByRole('status')).toHaveText('1 post matches “cdn”.');
    await page.getByRole('main').getByRole('article').getByRole('link').first().click();
    await expect(page).toHaveURL('/blog/best-cdn-providers-2021');
  });

  test('the search box on /blog leads to /search with the query', async ({ page }) => {
    await page.goto('/blog');
    await page.getByRole('searchbox', { name: 'Search the blog' }).fill('chrome');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search?q=chrome');
    await expect(page.getByRole('status')).toHaveText('1 post matches “chrome”.');
  });

  test('the search code and index load on /search only', async ({ page }) => {
    const loaded: string[] = [];
    page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
    const searchChunks = async () => {
      const chunks: string[] = [];
      for (const path of loaded.filter((p) => p.endsWith('.js'))) {
        const body = await (await page.request.get(path)).text();
        if (body.includes('/search-index.json') || body.includes('posts match')) chunks.push(path);
      }
      return chunks;
    };
    for (const path of ['/', '/blog', EXCHANGE, '/contact']) {
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
    await page.getByRole('searchbox', { name: 'Search the blog' }).fill('hafnium');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search?q=hafnium');
    // Playwright's text matchers skip <noscript>, so read the note the browser laid out.
    const note = page.locator('main noscript > p');
    await expect(note).toBeVisible();
    expect(await note.evaluate((p) => p.textContent)).toContain('Live search needs JavaScript');
    const results = page.getByRole('main').getByRole('article');
    await expect(results).toHaveCount(SEED_POSTS.length);
    for (const post of SEED_POSTS) {
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
