import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { ARTICLE, expect, hydrated, test } from './fixtures';

/** The phone's Menu control. Playwright's role engine gives <summary> no role, so find it by tag. */
const menuButton = (page: Page) => page.getByRole('banner').locator('summary', { hasText: 'Menu' });
/** The open menu's links; only the phone's is on screen at 390 px. */
const menuPanel = (page: Page) =>
  page.getByRole('banner').getByRole('navigation', { name: 'Main' });

/**
 * The Menu control as Chromium's accessibility tree (what a screen reader is told) describes it.
 * A <summary> is a "DisclosureTriangle", which platforms expose as a button with its state.
 */
async function heardMenu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      nodeId: root.nodeId,
      accessibleName: 'Menu',
    });
    return nodes
      .filter((node) => !['StaticText', 'InlineTextBox'].includes(String(node.role?.value)))
      .map((node) => ({
        role: String(node.role?.value),
        expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value === true,
      }));
  } finally {
    await cdp.detach();
  }
}
/** Chromium calls a <summary> a DisclosureTriangle; either role reaches screen readers as a button. */
const heardAs = (expanded: boolean) => [
  { role: expect.stringMatching(/^(button|DisclosureTriangle)$/), expanded },
];

test.describe('on a 390 px phone', () => {
  test('the main menu collapses and opens and closes by keyboard', async ({ page }) => {
    await page.goto('/blog');
    const button = menuButton(page);
    const menu = menuPanel(page);
    await expect(button).toBeVisible();
    await expect.poll(() => heardMenu(page)).toEqual(heardAs(false));
    await expect(menu).toBeHidden();
    await hydrated(page);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heardMenu(page)).toEqual(heardAs(true));
    await expect(menu.getByRole('link', { name: 'Services' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Blog' })).toHaveAttribute('aria-current', 'page');

    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'Home' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Space');
    await expect(menu).toBeVisible();
    await menu.getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL('/about');
    await expect(menu).toBeHidden();
    await expect.poll(() => heardMenu(page)).toEqual(heardAs(false));
  });

  test('tabbing past the last menu link closes the menu', async ({ page }) => {
    await page.goto('/blog');
    await hydrated(page);
    const menu = menuPanel(page);
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    const last = menu.getByRole('link').last();
    await expect(last).toHaveText('Search');
    await last.focus();
    await page.keyboard.press('Tab');
    // Focus has moved on to the page, which the open panel would cover.
    await expect(menu).toBeHidden();
    await expect.poll(() => heardMenu(page)).toEqual(heardAs(false));
    // Shift+Tab back from the page reaches the (closed) Menu control, not a hidden link.
    await page.keyboard.press('Shift+Tab');
    await expect(menuButton(page)).toBeFocused();
  });

  test('a tap outside the open menu closes it; a tap on the button toggles it', async ({
    page,
  }) => {
    await page.goto('/blog');
    await hydrated(page);
    const button = menuButton(page);
    const menu = menuPanel(page);
    await button.click();
    await expect(menu).toBeVisible();
    // Below the open panel, on the page itself.
    const panel = await menu.boundingBox();
    await page.mouse.click(195, (panel?.y ?? 0) + (panel?.height ?? 0) + 40);
    await expect(menu).toBeHidden();
    await expect(page).toHaveURL('/blog');
    await button.click();
    await expect(menu).toBeVisible();
    await button.click();
    await expect(menu).toBeHidden();
  });

  test('the Menu opens before the scripts have run, and behaves once they have', async ({
    page,
  }) => {
    // A slow phone: the page is painted, the JavaScript has not arrived.
    const held: { continue: () => Promise<void> }[] = [];
    let hold = true;
    await page.route(/_next\/static\/.*\.js/, (route) =>
      hold ? void held.push(route) : route.continue(),
    );
    await page.goto('/blog', { waitUntil: 'domcontentloaded' });
    const button = menuButton(page);
    const menu = menuPanel(page);
    await button.tap();
    await expect(menu.getByRole('link', { name: 'Services' })).toBeVisible();
    await expect.poll(() => heardMenu(page)).toEqual(heardAs(true));

    hold = false;
    await Promise.all(held.map((route) => route.continue()));
    await hydrated(page);
    // Hydration keeps the menu the visitor opened, and from then on it closes as usual.
    await expect(menu.getByRole('link', { name: 'Services' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect.poll(() => heardMenu(page)).toEqual(heardAs(false));

    await button.tap();
    await expect(menu).toBeVisible();
    const panel = await menu.boundingBox();
    await page.touchscreen.tap(195, (panel?.y ?? 0) + (panel?.height ?? 0) + 40);
    await expect(menu).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open menu has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/blog');
      await menuButton(page).click();
      await expect(menuPanel(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the page fits the screen without sideways scrolling', async ({ page }) => {
    for (const path of ['/', '/blog', `/blog/${ARTICLE.slug}`, '/contact', '/privacy']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('on a 320 px screen (the narrowest WCAG reflow asks for)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the top bar keeps the whole phone number on screen and nothing scrolls sideways', async ({
    page,
  }) => {
    for (const path of ['/', `/blog/${ARTICLE.slug}`, '/contact', '/privacy']) {
      await page.goto(path);
      const call = page.getByRole('banner').getByRole('link', { name: /Call us/ });
      const box = await call.boundingBox();
      expect(box, path).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), path).toBeLessThanOrEqual(320);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('on a phone with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the Menu still opens and closes, and its links work', async ({ page }) => {
    await page.goto('/blog');
    // No dark-mode button is shown, which could not switch anything.
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
    const button = menuButton(page);
    const menu = menuPanel(page);
    await expect(menu).toBeHidden();
    await button.tap();
    await expect(menu.getByRole('link', { name: 'Blog' })).toBeVisible();
    await button.tap();
    await expect(menu).toBeHidden();
    await button.tap();
    await menu.getByRole('link', { name: 'Services' }).tap();
    await expect(page).toHaveURL('/services');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(menu).toBeHidden();
  });
});
