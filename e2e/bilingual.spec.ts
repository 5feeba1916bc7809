import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { en } from '../lib/i18n/dictionary-en';
import { expect, MALAY_PAGE_TYPES, PAGE_TYPES, SITE, test } from './fixtures';

/** The build's SITE_URL (the default when unset): e2e must run with the build's environment. */
const ORIGIN = new URL(process.env.SITE_URL || 'http://localhost:3000').origin;

const MALAY_POST = '/ms/blog/perisian-tebusan-melanda-firma-perakaunan';
const ITS_ENGLISH = '/blog/ransomware-hits-accounting-firms';
const UNTRANSLATED = '/ms/blog/wifi-pejabat-yang-tidak-terputus';

/**
 * Every English UI string as a pattern a visitor's text would match: a placeholder ({minutes},
 * {columns}) stands for any words, so "5 min read" or "Table: Week, What happened" are caught.
 */
const ENGLISH_UI: RegExp[] = (function collect(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(collect);
  return [];
})(en)
  .filter(
    (text) => /[a-z]{3,}/i.test(text.replace(/\{\w+\}/g, '')) && !['Menu', 'Blog'].includes(text),
  )
  .map(
    (text) =>
      new RegExp(
        text
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+?'),
      ),
  );

/** What the page says outside parts marked as English (the PDPA notice, the switch's name). */
const malayText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang^="en"], script, style, noscript')) el.remove();
    const labels = [...copy.querySelectorAll('[aria-label], [alt], [placeholder], [title]')].map(
      (el) => ['aria-label', 'alt', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
    );
    return `${copy.innerText}\n${labels.flat().join('\n')}`;
  });

test.describe('the Malay site', () => {
  for (const { name, path } of MALAY_PAGE_TYPES) {
    test(`${name} page is in Malay: <html lang>, menu, footer and no English UI text`, async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const html = (await response?.text()) ?? '';
      expect(html).toContain('<html lang="ms-MY"');
      expect(html.slice(html.indexOf('<body'))).not.toContain('<style');
      const nav = page.locator('body > header').getByRole('navigation', { name: 'Utama' });
      for (const { label } of SITE.ms.nav)
        await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
      await expect(page.locator('body > footer')).toContainText('Isnin - Jumaat: 9 pagi');
      const text = await malayText(page);
      expect(ENGLISH_UI.filter((english) => english.test(text)).map(String)).toEqual([]);
    });
  }

  for (const { name, path } of PAGE_TYPES) {
    test(`${name} page keeps its English address and <html lang>`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="en-MY"');
      // Valid HTML (the W3C checker's one error here was a <style> in <body>).
      expect(html.slice(html.indexOf('<body'))).not.toContain('<style');
    });
  }
});

test.describe('the language switch', () => {
  test('leads by keyboard to the same page in the other language, and back', async ({ page }) => {
    await page.goto('/services');
    const toMalay = page.getByRole('link', { name: 'BM – Bahasa Malaysia' });
    await toMalay.focus();
    await expect(toMalay).toBeFocused();
    await expect(toMalay).toHaveAttribute('lang', 'ms-MY');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ms\/services$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ms-MY');
    await page.getByRole('link', { name: 'EN – English' }).click();
    await expect(page).toHaveURL(/\/services$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-MY');
  });

  test('leads from a post to its translation, and from an untranslated one to the home page', async ({
    page,
  }) => {
    await page.goto(ITS_ENGLISH);
    await page.getByRole('link', { name: 'BM – Bahasa Malaysia' }).click();
    await expect(page).toHaveURL(new RegExp(`${MALAY_POST}$`));
    await page.getByRole('link', { name: 'EN – English' }).click();
    await expect(page).toHaveURL(new RegExp(`${ITS_ENGLISH}$`));
    await page.goto(UNTRANSLATED);
    await expect(page.getByRole('link', { name: 'EN – English' })).toHaveAttribute('href', '/');
  });
});

test.describe('search engines', () => {
  const hreflang = (page: Page) =>
    page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(
          links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        ),
      );

  test('pairs only pages that translate each other, with x-default and canonical per language', async ({
    page,
  }) => {
    const pair = {
      'en-MY': `${ORIGIN}${ITS_ENGLISH}`,
      'ms-MY': `${ORIGIN}${MALAY_POST}`,
      'x-default': `${ORIGIN}${ITS_ENGLISH}`,
    };
    for (const path of [ITS_ENGLISH, MALAY_POST]) {
      await page.goto(path);
      expect(await hreflang(page), path).toEqual(pair);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        pair[path === ITS_ENGLISH ? 'en-MY' : 'ms-MY'],
      );
    }
    await page.goto('/ms/about');
    expect(await hreflang(page)).toEqual({
      'en-MY': `${ORIGIN}/about`,
      'ms-MY': `${ORIGIN}/ms/about`,
      'x-default': `${ORIGIN}/about`,
    });
    // An untranslated post, and a tag (each language's tag lists its own posts): no pair.
    for (const path of [
      UNTRANSLATED,
      '/blog/tags/security',
      '/blog/phone-browsers-finally-ask-before-closing-every-tab',
    ]) {
      await page.goto(path);
      expect(await hreflang(page), path).toEqual({});
    }
  });

  test('the sitemap lists both languages, translations with their alternates', async ({
    request,
  }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    expect(xml).toContain(`<loc>${ORIGIN}${UNTRANSLATED}</loc>`);
    expect(xml).toContain(`<loc>${ORIGIN}/ms/blog</loc>`);
    const entry = xml
      .split('<url>')
      .find((block) => block.includes(`<loc>${ORIGIN}${MALAY_POST}</loc>`));
    expect(entry).toContain(`hreflang="en-MY" href="${ORIGIN}${ITS_ENGLISH}"`);
    const lonely = xml
      .split('<url>')
      .find((block) => block.includes(`<loc>${ORIGIN}${UNTRANSLATED}</loc>`));
    expect(lonely).not.toContain('hreflang');
  });

  test('the Malay feed and search index hold the Malay posts only', async ({ request }) => {
    const feed = await (await request.get('/ms/feed.xml')).text();
    expect(feed).toContain('<language>ms-MY</language>');
    expect(feed).toContain(`${ORIGIN}${MALAY_POST}`);
    expect(feed).not.toContain(`${ORIGIN}/blog/`);
    const index = await (await request.get('/ms/search-index.json')).text();
    expect(index).toContain(UNTRANSLATED);
    expect(index).not.toContain('"/blog/');
  });

  test('search on the Malay site finds Malay posts and says so in Malay', async ({ page }) => {
    await page.goto('/ms/search');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^Kesemua \d+ catatan, yang terbaharu dahulu\.$/);
    await page.getByRole('searchbox', { name: 'Cari catatan' }).pressSequentially('tebusan');
    await expect(status).toHaveText('1 catatan sepadan dengan “tebusan”.');
    const results = page.getByRole('main').getByRole('article');
    await expect(results).toHaveCount(1);
    await expect(results.getByRole('link').first()).toHaveAttribute('href', MALAY_POST);
    await expect(page).toHaveURL('/ms/search?q=tebusan');
  });
});

test.describe('an enquiry in Malay', () => {
  test.beforeEach(async ({ context, page }) => {
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': `client-${randomUUID()}` });
    await page.clock.install();
  });

  test('shows its errors and its confirmation in Malay', async ({ page }) => {
    await page.goto('/ms/contact');
    // The privacy notice stays in both languages, as the law asks, Malay first on the Malay site.
    const form = page.getByRole('form');
    const malay = form.locator('p[lang="ms"]', { hasText: 'hanya untuk menjawab pertanyaan ini' });
    const english = form.locator('p[lang="en"]', { hasText: 'only to answer this enquiry' });
    await expect(malay).toBeVisible();
    await expect(english).toBeVisible();
    const [first, second] = await Promise.all([malay.boundingBox(), english.boundingBox()]);
    expect(first?.y ?? Infinity).toBeLessThan(second?.y ?? 0);
    await page.getByLabel('Nama anda', { exact: true }).fill('Aina Rahman');
    await page.getByLabel('E-mel', { exact: true }).fill('bukan-emel');
    await page.getByLabel('Apa yang boleh kami bantu?', { exact: true }).fill('Sila sebut harga.');
    await page.clock.fastForward(30_000);
    await page.getByRole('button', { name: 'Hantar pertanyaan' }).click();
    await expect(
      page.getByText('Sila masukkan alamat e-mel seperti nama@syarikat.com.'),
    ).toBeVisible();
    await expect(page.getByRole('form').getByRole('alert')).toContainText('Sila betulkan ruangan');
    await page.getByLabel('E-mel', { exact: true }).fill('aina@example.my');
    await page.getByRole('button', { name: 'Hantar pertanyaan' }).click();
    await expect(page.getByRole('status')).toContainText('Terima kasih');
  });
});
