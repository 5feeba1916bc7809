import AxeBuilder from '@axe-core/playwright';
import { expect, PAGE_TYPES, test } from './fixtures';

const ALL_PAGES = [...PAGE_TYPES, { name: '404', path: '/no-such-page' }];

test.describe('accessibility', () => {
  test.use({ expectedErrors: [/status of 404 .*\/no-such-page$/] });

  for (const { name, path } of ALL_PAGES) {
    test(`${name} page has no axe violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
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
