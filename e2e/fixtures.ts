import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails if the page logs a console error or throws: a visitor would not see the error,
 * but it means something on the page is broken.
 */
export const test = base.extend<{
  consoleErrors: string[];
  expectedErrors: RegExp[];
  waitForHydration: boolean;
}>({
  /** Errors a test provokes on purpose, such as the 404 status of a missing page. */
  expectedErrors: [[], { option: true }],
  /**
   * React may take over a page after its `load` event. `page.goto` waits for that too, unless
   * the test asks for an earlier moment (`waitUntil: 'domcontentloaded'`), has JavaScript off,
   * or turns this off (a test that holds the scripts back).
   */
  waitForHydration: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, waitForHydration }, provide) => {
    if (javaScriptEnabled !== false && waitForHydration) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        const html = response?.headers()['content-type']?.startsWith('text/html');
        const untilLoad = ['load', 'networkidle', undefined].includes(options?.waitUntil);
        if (html && untilLoad) await hydrated(page);
        return response;
      };
    }
    await provide(page);
  },
  consoleErrors: [
    async ({ page, expectedErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = `${msg.text()} @ ${msg.location().url}`;
        if (!expectedErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The five articles of the page the site grew from: the facts every build must keep. */
export const SEED_POSTS = [
  {
    slug: 'microsoft-exchange-email-attacks-more-damaging',
    title: 'Microsoft Exchange email attacks may have been more damaging than first thought',
    date: '2021-03-08',
    shownDate: '08 Mar 2021',
    source: 'Via KrebsOnSecurity / Reuters',
  },
  {
    slug: 'closing-tabs-in-chrome-android',
    title: 'Closing tabs in Chrome is getting much better on Android',
    source: 'Via XDA Developer',
  },
  {
    slug: 'neeraj-chopra-javelin-final-tokyo-olympics-live',
    title: "How to watch Neeraj Chopra's javelin final at Tokyo Olympics 2020 live",
  },
  { slug: 'best-cdn-providers-2021', title: 'Best CDN providers of 2021 to speed up any website' },
  {
    slug: 'buy-windows-10-cheapest-prices-september-2021',
    title: 'Buy Windows 10: the cheapest prices in September 2021',
  },
] as const;

export const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'blog index', path: '/blog' },
  { name: 'article', path: `/blog/${SEED_POSTS[0].slug}` },
  { name: 'about', path: '/about' },
  { name: 'services', path: '/services' },
  { name: 'contact', path: '/contact' },
] as const;

/**
 * Waits until React has taken over the page: the open-now pill leaves its neutral label only once
 * hydrated. For pages reached other than by `page.goto` (which waits itself).
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('[data-open-now]').first()).not.toHaveAttribute(
    'data-open-now',
    'unknown',
  );
}
