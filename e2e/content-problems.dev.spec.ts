import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { editorRun, keepFiles, openedValue, save } from './keystatic-editor';

/**
 * Issue 23: a content problem an editor makes in the admin (a link to a page that does not
 * exist) shows where they work, in plain words: the admin's Problems band names the post and the
 * field as the admin labels it, and the post's page in `npm run dev` says so on top, both within
 * 10 s of saving. Fixing it in the admin clears both.
 */
test.skip(
  !editorRun,
  'runs against npm run dev: npx playwright test -c playwright.admin.config.ts',
);

const SLUG = 'choosing-a-cdn-for-a-faster-website';
const ENTRY = `/keystatic/collection/posts/item/${SLUG}`;
const FOUND = 'a link to /pricing, a page that does not exist';
const WITHIN = { timeout: 10_000 };

const pageText = async (request: APIRequestContext) => (await request.get(`/blog/${SLUG}`)).text();

/** Types a paragraph at the end of the article, making its last two words a link to `href`. */
async function addLinkedParagraph(page: Page, href: string): Promise<void> {
  await page.locator('.ProseMirror p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('See our pricing');
  for (let i = 0; i < 'our pricing'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  // Keystatic's toolbar labels its link button as it labels the divider before it.
  await page.getByRole('toolbar').getByRole('button', { name: 'Divider' }).nth(1).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Link' }).fill(href);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
}

test('a broken link saved in the admin shows in its Problems list and on the page; fixing it clears both', async ({
  page,
  request,
}) => {
  const restore = keepFiles();
  try {
    await page.goto(ENTRY);
    await openedValue(page, 'Title');
    const band = page.getByRole('group', { name: 'Content problems' });
    await expect(band).toHaveCount(0);

    await addLinkedParagraph(page, '/pricing');
    await save(page);

    // The admin: "Problems (1)", naming the post and its "Article" field, linking to the entry.
    await expect(band).toContainText('Problems (1)', WITHIN);
    await band.getByText(/^Problems/).click();
    const entry = band.getByRole('link', { name: `Blog post “${SLUG}” — Article` });
    await expect(entry).toHaveAttribute('href', ENTRY);
    await expect(band).toContainText(FOUND);
    await expect(band).toContainText('Fix, e.g. [our services](/services)');

    // The site: the post says so on top, in the same words, within 10 s of the save.
    await expect.poll(() => pageText(request), WITHIN).toContain('This page has 1 content problem');
    expect(await pageText(request)).toContain(FOUND);

    // Every other page lists it in a corner panel, which opens from the keyboard.
    const about = async () => (await request.get('/about')).text();
    await expect.poll(about, WITHIN).toContain('Content problems (1)');
    const site = await page.context().newPage();
    await site.goto('/about');
    const panel = site.getByRole('complementary', { name: 'Content problems' });
    await panel.getByText('Content problems (1)').focus();
    await site.keyboard.press('Enter');
    await expect(panel.getByText(FOUND)).toBeVisible();
    await site.close();

    // Fixed in the admin (the paragraph removed): the band and the page's notice go.
    await page.locator('.ProseMirror p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await save(page);
    await expect(band).toHaveCount(0, WITHIN);
    await expect.poll(() => pageText(request), WITHIN).not.toContain('content problem');
    expect(await about()).not.toContain('Content problems');
  } finally {
    restore();
  }
});

test('the admin opens from http://127.0.0.1 as from localhost, alone, listing posts by title, date and draft', async ({
  page,
}) => {
  // The suite's dev server listens on every address (playwright.admin.config.ts) and its pages
  // are opened at 127.0.0.1, where `next dev` refused its scripts without allowedDevOrigins.
  await page.goto('/keystatic');
  const nav = page.getByRole('list', { name: 'Collections' });
  await expect(nav.getByRole('link', { name: 'Blog posts — English' })).toBeVisible({
    timeout: 120_000,
  });
  // Nothing of the site's frame underneath: no skip link, main menu or footer.
  await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);

  // The post list is about posts, not files: each one's title, date and draft state.
  await nav.getByRole('link', { name: 'Blog posts — English' }).click();
  for (const column of ['Title', 'Date', 'Draft'])
    await expect(page.getByRole('columnheader', { name: column })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('row', { name: /A draft nobody should see/ })).toContainText('true');
});
