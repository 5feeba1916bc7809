import { axeViolations } from './axe';
import { expect, MALAY_PAGE_TYPES, PAGE_TYPES, SITE, test } from './fixtures';

const ALL_PAGES = [
  ...PAGE_TYPES,
  { name: 'search', path: '/search' },
  { name: 'tag index', path: '/blog/tags' },
  { name: 'tag', path: '/blog/tags/security' },
  { name: '404', path: '/no-such-page' },
  ...MALAY_PAGE_TYPES,
];

test.describe('accessibility', () => {
  test.use({ expectedErrors: [/status of 404 .*\/no-such-page$/] });

  for (const { name, path } of ALL_PAGES) {
    test(`${name} page has no axe violations`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('a keyboard user can skip to the content, and sees where focus is', async ({ page }) => {
    await page.goto('/blog');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    // The first stop after skipping is inside the main content, not back in the header.
    expect(await focused.evaluate((el) => Boolean(el.closest('main')))).toBe(true);
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

// Windows' high-contrast themes drop background colours: a button drawn by its fill alone would
// read as plain text. Each keeps an edge (a transparent border the theme paints).
test('in forced colours the main buttons keep a visible edge', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const edge = (name: string, role: 'button' | 'link') =>
    page
      .getByRole('main')
      .getByRole(role, { name, exact: true })
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.borderTopStyle} ${style.borderTopWidth}`;
      });
  await page.goto('/');
  // The hero's call to action (the fixture's CTA button).
  expect(await edge(SITE.cta.button, 'link')).toBe('solid 1px');
  await page.goto('/blog');
  expect(await edge('Search', 'button')).toBe('solid 1px');
  await page.goto('/contact');
  expect(await edge('Send enquiry', 'button')).toBe('solid 1px');
});

// From md the header sticks to the top: a link reached with Shift+Tab from further down must be
// scrolled into view below it, not under it.
test('Shift+Tab up the blog never leaves the focused link under the sticky header', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/blog');
  await page.getByRole('contentinfo').getByRole('link').last().focus();
  const header = await page.getByRole('banner').boundingBox();
  const headerBottom = (header?.y ?? 0) + (header?.height ?? 0);
  expect(headerBottom).toBeGreaterThan(80);
  const mainLinksSeen: number[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Shift+Tab');
    const top = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('main') ? el.getBoundingClientRect().top : null;
    });
    if (top !== null) mainLinksSeen.push(top);
  }
  expect(mainLinksSeen.length).toBeGreaterThan(5);
  for (const top of mainLinksSeen) expect(top).toBeGreaterThanOrEqual(headerBottom);
});
