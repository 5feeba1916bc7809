import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { ARTICLE as POST, expect, test } from './fixtures';

// The ransomware article's timeline is a Markdown table (| Week | What happened |).
const ARTICLE = `/blog/${POST.slug}`;
const [HEAD = [], , ...ROWS] = POST.body
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe('a table in an article, on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows as a table with header cells, the page does not scroll sideways, axe passes', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    expect(HEAD).toEqual(['Week', 'What happened']);
    const box = page.getByRole('region', { name: `Table: ${HEAD.join(', ')}` });
    const table = box.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(HEAD);
    await expect(table.getByRole('row')).toHaveCount(1 + ROWS.length);
    for (const row of ROWS)
      for (const cell of row)
        await expect(table.getByRole('cell', { name: cell, exact: true })).toBeVisible();
    await expect(page.locator('article .prose')).not.toContainText('| ---');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a table wider than the phone scrolls inside its own box, by keyboard too', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const box = page.getByRole('region', { name: /^Table/ });
    // Widen the real table to the eight columns of a price comparison, as an editor's might be.
    await box.evaluate((element) => {
      for (const row of element.querySelectorAll('tr'))
        for (let i = 0; i < 6; i += 1) {
          const last = row.lastElementChild;
          if (last) row.append(last.cloneNode(true));
        }
    });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const widths = await box.evaluate((el) => ({ content: el.scrollWidth, shown: el.clientWidth }));
    expect(widths.content).toBeGreaterThan(widths.shown);
    expect(widths.shown).toBeLessThanOrEqual(390);

    await box.focus();
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`table cells have visible borders and padding in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(ARTICLE);
    const cells = page.getByRole('region', { name: /^Table/ }).locator('th, td');
    await expect(cells).toHaveCount(HEAD.length * (1 + ROWS.length));
    const looks = await cells.evaluateAll((elements) =>
      elements.map((el) => {
        const style = getComputedStyle(el);
        return {
          border: `${style.borderLeftStyle} ${style.borderLeftWidth} ${style.borderBottomStyle} ${style.borderBottomWidth}`,
          borderColor: style.borderBottomColor,
          padding: parseFloat(style.paddingLeft),
          page: getComputedStyle(document.body).backgroundColor,
        };
      }),
    );
    for (const look of looks) {
      expect(look.border).toBe('solid 1px solid 1px');
      expect(look.borderColor).not.toBe(look.page);
      expect(look.padding).toBeGreaterThanOrEqual(8);
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}
