import { expect, test } from './fixtures';

test.describe('on a 390 px phone', () => {
  test('the main menu collapses and opens and closes by keyboard', async ({ page }) => {
    await page.goto('/blog');
    const button = page.getByRole('button', { name: 'Menu' });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const menu = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await expect(menu).toBeHidden();

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('link', { name: 'Services' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Blog' })).toHaveAttribute('aria-current', 'page');

    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'Home' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();

    await page.keyboard.press('Space');
    await expect(menu).toBeVisible();
    await menu.getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL('/about');
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  test('a tap outside the open menu closes it; a tap on the button toggles it', async ({
    page,
  }) => {
    await page.goto('/blog');
    const button = page.getByRole('button', { name: 'Menu' });
    const menu = page.locator(`#${await button.getAttribute('aria-controls')}`);
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

  test('the page fits the screen without sideways scrolling', async ({ page }) => {
    for (const path of [
      '/',
      '/blog',
      '/blog/microsoft-exchange-email-attacks-more-damaging',
      '/contact',
    ]) {
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
    for (const path of ['/', '/blog/microsoft-exchange-email-attacks-more-damaging', '/contact']) {
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

  test('the menu links are shown in place of the Menu button, and they work', async ({ page }) => {
    await page.goto('/blog');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    // Nor is a dark-mode button shown that could not switch anything.
    await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0);
    const links = page.getByRole('banner').getByRole('navigation', { name: 'Main' });
    await links.getByRole('link', { name: 'Services' }).click();
    await expect(page).toHaveURL('/services');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
