import { expect, test } from '@playwright/test';
import { calendarDayIn } from '@/lib/site/calendar-day';
import { formatHoursLabel, formatHoursRules } from '@/lib/site/hours';
import { postPath } from '@/lib/site/routes';
import { siteSchema } from '@/lib/site/schema';
import { postFiles } from '@/tests/helpers/fixture-site';
import { readFileSync } from 'node:fs';

// Marketing's content/, read now: whatever it says, every published page must show it.
const LIVE = 'content';
const site = siteSchema.parse(JSON.parse(readFileSync(`${LIVE}/site.json`, 'utf8')));
const today = calendarDayIn(site.timezone);
const published = postFiles(LIVE).filter((post) => !post.draft && post.date <= today);
const pages = ['/', '/services', '/about', '/blog', '/contact'];
const phoneHref = `tel:${site.phone.replace(/[^\d+]/g, '')}`;

test.describe('the live content, as built from content/', () => {
  for (const path of [...pages, ...published.map((post) => postPath(post.slug))]) {
    test(`${path} answers with the settings' phone, hours and call to action`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const header = page.locator('body > header, header').first();
      await expect(header.locator(`a[href="${phoneHref}"]`).first()).toContainText(site.phone);
      for (const rule of formatHoursRules(site.hours)) {
        await expect(header).toContainText(rule.days);
        await expect(header).toContainText(rule.time);
      }
      await expect(page.locator('footer')).toContainText(formatHoursLabel(site.hours));
      // The band leads to the contact page; the blog's listing keeps to its posts.
      if (path === '/contact' || path === '/blog') return;
      const cta = page.locator('section[aria-labelledby="cta-heading"]');
      await expect(cta.getByRole('heading')).toHaveText(site.cta.title);
      await expect(cta.getByRole('link', { name: site.cta.button })).toHaveAttribute(
        'href',
        new RegExp(`^${site.cta.href}/?$`),
      );
    });
  }

  test('the blog lists every published post, and each article offers related reading', async ({
    page,
  }) => {
    await page.goto('/blog');
    for (const post of published)
      await expect(page.locator(`a[href^="${postPath(post.slug)}"]`).first()).toBeVisible();
    if (published.length < 2) return;
    await page.goto(postPath(published[0]!.slug));
    await expect(
      page.locator('section[aria-labelledby="related-heading"] a').first(),
    ).toBeVisible();
  });
});
