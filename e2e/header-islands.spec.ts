import { axeViolations } from './axe';
import type { Page } from '@playwright/test';
import { ARTICLE, expect, SITE, test } from './fixtures';

const pill = (page: Page) => page.locator('[data-open-now]');
/** What a screen reader hears: the status, then whose clock it is on. */
const heard = (label: string) => `${label}, Malaysia Time`;

test.describe('open now, at a mocked clock', () => {
  test('the fixture keeps Mon–Fri 09:00–17:30 and Sat 09:00–13:00, Kuala Lumpur time', () => {
    expect(SITE.timezone).toBe('Asia/Kuala_Lumpur');
    expect(SITE.hours).toEqual([
      { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], opens: '09:00', closes: '17:30' },
      { days: ['Sat'], opens: '09:00', closes: '13:00' },
    ]);
  });

  const cases = [
    // [UTC instant, Malaysian wall clock, label]
    ['2026-11-30T00:59:00Z', 'Mon 08:59', 'Closed · opens 9 AM', 'closed'],
    ['2026-11-30T01:00:00Z', 'Mon 09:00', 'Open now · until 5:30 PM', 'open'],
    ['2026-11-30T09:29:00Z', 'Mon 17:29', 'Open now · until 5:30 PM', 'open'],
    ['2026-11-30T09:30:00Z', 'Mon 17:30', 'Closed · opens tomorrow 9 AM', 'closed'],
    ['2026-11-30T16:30:00Z', 'Tue 00:30', 'Closed · opens 9 AM', 'closed'],
    // Saturday's shorter rule, and the closed Sunday after it.
    ['2026-12-05T04:59:00Z', 'Sat 12:59', 'Open now · until 1 PM', 'open'],
    ['2026-12-05T05:00:00Z', 'Sat 13:00', 'Closed · opens Mon 9 AM', 'closed'],
    ['2026-12-06T03:00:00Z', 'Sun 11:00', 'Closed · opens tomorrow 9 AM', 'closed'],
  ] as const;
  for (const [instant, wall, label, state] of cases) {
    test(`${wall} in Kuala Lumpur: "${label}"`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(instant));
      await page.goto('/');
      await expect(pill(page)).toHaveText(heard(label));
      await expect(pill(page)).toHaveAttribute('data-open-now', state);
    });
  }

  test.describe(() => {
    // A visitor in New York at 21:30 on Sunday: already Monday 10:30 in Kuala Lumpur.
    test.use({ timezoneId: 'America/New_York' });
    test('uses Malaysian time, not the visitor’s', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-30T02:30:00Z'));
      await page.goto('/');
      await expect(pill(page)).toHaveText(heard('Open now · until 5:30 PM'));
      await expect(pill(page).locator('[title]')).toHaveAttribute(
        'title',
        'Times are Malaysia Time',
      );
    });
  });

  // The first Intl.DateTimeFormat a page makes starts ICU, a long task: the pill must not make
  // one while it hydrates.
  test('tells the time without starting Intl in the browser', async ({ page }) => {
    await page.addInitScript(() => {
      const made: string[] = [];
      Object.assign(window, { intlFormattersMade: made });
      const Original = Intl.DateTimeFormat;
      Intl.DateTimeFormat = new Proxy(Original, {
        construct(target, args: ConstructorParameters<typeof Original>) {
          made.push(new Error().stack ?? '');
          return new target(...args);
        },
        apply(target, _this, args: ConstructorParameters<typeof Original>) {
          made.push(new Error().stack ?? '');
          return target(...args);
        },
      });
    });
    await page.clock.setFixedTime(new Date(Date.now() + 86_400_000));
    await page.goto('/');
    await expect(pill(page)).not.toHaveAttribute('data-open-now', 'unknown');
    expect(await page.evaluate(() => Reflect.get(window, 'intlFormattersMade'))).toEqual([]);
  });

  test('turns to "Closed" at 5:30 PM on a page left open', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-30T09:28:30Z') });
    await page.goto('/blog');
    await expect(pill(page)).toHaveText(heard('Open now · until 5:30 PM'));
    await page.clock.runFor('02:00');
    await expect(pill(page)).toHaveText(heard('Closed · opens tomorrow 9 AM'));
  });

  test('is right at once when the visitor comes back to a tab that missed its ticks', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-30T09:28:00Z') });
    await page.goto('/contact');
    await expect(pill(page)).toHaveText(heard('Open now · until 5:30 PM'));
    // Three hours in a background tab, its timers held back, as phones do.
    await page.clock.setSystemTime(new Date('2026-11-30T12:28:00Z'));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(pill(page)).toHaveText(heard('Closed · opens tomorrow 9 AM'));
  });

  test('the built page shows a neutral label in the same box, so nothing moves', async ({
    page,
    browser,
  }) => {
    /** Where the pill and its neighbours sit, once the web font is in. */
    const layout = async (p: Page) => {
      await p.evaluate(() => document.fonts.ready.then(() => undefined));
      const bar = p.locator('body > header > div').first();
      return {
        pill: await pill(p).boundingBox(),
        phone: await bar.getByRole('link').boundingBox(),
        bar: (await bar.boundingBox())?.height,
      };
    };
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    await noJs.goto('/');
    await expect(pill(noJs)).toHaveText('Malaysia Time');
    await expect(pill(noJs)).toHaveAttribute('data-open-now', 'unknown');
    const neutral = await layout(noJs);
    await noJs.close();

    // Open, and the longest label there is: the island's text changes, the boxes do not.
    for (const [instant, label] of [
      ['2026-11-30T03:00:00Z', 'Open now · until 5:30 PM'],
      ['2026-11-30T10:00:00Z', 'Closed · opens tomorrow 9 AM'],
    ] as const) {
      await page.clock.setFixedTime(new Date(instant));
      await page.goto('/');
      await expect(pill(page)).toHaveText(heard(label));
      expect(await layout(page), label).toEqual(neutral);
    }
  });
});

test.describe('dark mode', () => {
  const isDark = (page: Page) =>
    page.evaluate(() => document.documentElement.classList.contains('dark'));
  /** Lightness (0–100) of the page background; Tailwind 4 colours compute as lab() or rgb(). */
  const backgroundLightness = (page: Page) =>
    page.evaluate(() => {
      const color = getComputedStyle(document.body).backgroundColor;
      const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
      if (color.startsWith('lab(') || color.startsWith('oklch(')) return numbers[0] ?? -1;
      const [r = 0, g = 0, b = 0, a = 1] = numbers;
      return a === 0 ? -1 : ((r + g + b) / 3 / 255) * 100;
    });

  /** Presses the light page's theme button: dark, marked pressed, and remembered. */
  const pressForDark = async (page: Page) => {
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await isDark(page)).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
  };
  /** Serves every Next bundle empty: only the inline head script can act on the theme. */
  const withEmptyBundles = (page: Page) =>
    page.route('**/_next/static/chunks/*.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );

  test('follows the system until the visitor chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await isDark(page)).toBe(true);
    expect(await backgroundLightness(page)).toBeLessThan(10);
    // Once the page is interactive, a change of the system setting is followed live.
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => isDark(page)).toBe(false);
    expect(await backgroundLightness(page)).toBeGreaterThan(95);
  });

  test('the toggle switches, remembers the choice and wins over the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/blog');
    await pressForDark(page);

    await page.reload();
    expect(await isDark(page)).toBe(true);
    await page.getByRole('link', { name: ARTICLE.title }).first().click();
    await expect(page).toHaveURL(`/blog/${ARTICLE.slug}`);
    expect(await isDark(page)).toBe(true);

    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await isDark(page)).toBe(false);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    // The stored "light" beats the dark system setting.
    expect(await isDark(page)).toBe(false);
  });

  test.describe(() => {
    // Their scripts never run: nothing to wait for.
    test.use({ waitForHydration: false });
    test('the stored theme is on the page before any bundle runs (no flash)', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
      await withEmptyBundles(page);
      await page.goto('/');
      expect(await isDark(page)).toBe(true);
      expect(await backgroundLightness(page)).toBeLessThan(10);
      await expect(page.locator('[data-open-now]')).toHaveAttribute('data-open-now', 'unknown');
    });

    test('the button switches before any bundle runs (scripts load after the paint)', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await withEmptyBundles(page);
      await page.goto('/blog');
      await pressForDark(page);
      await expect(page.locator('[data-open-now]')).toHaveAttribute('data-open-now', 'unknown');
    });
  });

  for (const path of ['/', '/blog', `/blog/${ARTICLE.slug}`, '/search', '/blog/tags', '/contact']) {
    test(`${path} has no axe violations in dark mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
