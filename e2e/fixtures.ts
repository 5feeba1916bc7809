import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { FIXTURE_SITE } from '../tests/helpers/fixture-site';

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

/**
 * The tests' own site (tests/fixtures/site), which the build under test is made from
 * (`CONTENT_DIR=tests/fixtures/site npm run build`): specs assert what its files say, read here
 * at test time, never marketing's live copy in content/.
 */
const SITE_DIR = FIXTURE_SITE;

type Hours = { days: string[]; opens: string; closes: string };

/** The fixture's site.json. */
export const SITE: {
  name: string;
  tagline: string;
  phone: string;
  email: string;
  timezone: string;
  hours: Hours[];
  nav: { label: string; href: string }[];
  cta: { title: string; text: string; button: string; href: string };
  /** The Malay site's own words. */
  ms: {
    tagline: string;
    nav: { label: string; href: string }[];
    cta: { title: string; text: string; button: string; href: string };
  };
} = JSON.parse(readFileSync(join(SITE_DIR, 'site.json'), 'utf8'));

/** The `tel:` address of the fixture's phone number. */
export const TEL = `tel:${SITE.phone.replace(/[^+\d]/g, '')}`;

/**
 * The fixture's two hours rules (Mon–Fri 09:00–17:30, Sat 09:00–13:00) as the header, footer and
 * contact page show them.
 */
export const SHOWN_HOURS = 'MON - FRI: 9 AM - 5:30 PM · SAT: 9 AM - 1 PM';

/** An .mdx file of the fixture: its frontmatter (YAML) and its body. */
function mdx(path: string): { data: Record<string, unknown>; body: string } {
  const [, frontmatter = '', ...rest] = readFileSync(path, 'utf8').split(/^---$/m);
  return { data: parse(frontmatter) ?? {}, body: rest.join('---').trim() };
}
const optional = (value: unknown) => (value === undefined ? undefined : String(value));

/** A page of the fixture (pages/<name>.mdx). */
export function fixturePage(name: string) {
  const { data, body } = mdx(join(SITE_DIR, 'pages', `${name}.mdx`));
  return {
    title: String(data.title),
    heading: String(data.heading),
    lead: String(data.lead),
    body,
  };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

export type FixturePost = {
  slug: string;
  title: string;
  /** yyyy-mm-dd */
  date: string;
  /** The date as a post's card and header show it: "08 Mar 2021". */
  shownDate: string;
  updated?: string;
  excerpt: string;
  tags: string[];
  cover?: string;
  coverAlt?: string;
  author?: string;
  source?: string;
  draft: boolean;
  /** The MDX body, as written. */
  body: string;
};

/** A file listed a moment ago may be gone: another suite's temporary post, put back already. */
function readPost(name: string): { data: Record<string, unknown>; body: string }[] {
  try {
    return [mdx(join(SITE_DIR, 'posts', name))];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const ALL_POSTS: FixturePost[] = readdirSync(join(SITE_DIR, 'posts'))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .flatMap((name) =>
    readPost(name).map(({ data, body }) => {
      const date = String(data.date);
      const [year, month, day] = date.split('-');
      return {
        slug: name.replace(/\.mdx$/, ''),
        title: String(data.title),
        date,
        shownDate: `${day} ${MONTHS[Number(month) - 1]} ${year}`,
        updated: optional(data.updated),
        excerpt: String(data.excerpt),
        tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
        cover: optional(data.cover),
        coverAlt: optional(data.coverAlt),
        author: optional(data.author),
        source: optional(data.source),
        draft: data.draft === true,
        body,
      };
    }),
  )
  .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

const today = new Date().toISOString().slice(0, 10);
const published = (post: FixturePost) => !post.draft && post.date <= today;

/** The fixture's published posts, newest first: what a production build shows. */
export const FIXTURE_POSTS: readonly FixturePost[] = ALL_POSTS.filter(published);

/** The draft and the post dated 2099: a production build must name neither. */
export const UNPUBLISHED_POSTS: readonly FixturePost[] = ALL_POSTS.filter((p) => !published(p));

/** A published fixture post, by its slug. */
export function fixturePost(slug: string): FixturePost {
  const post = FIXTURE_POSTS.find((p) => p.slug === slug);
  if (!post) throw new Error(`${SITE_DIR} has no published post "${slug}"`);
  return post;
}

/**
 * The fixture post with everything: a long title, author, source, updated date, a table, a
 * Callout and a Figure.
 */
export const ARTICLE = fixturePost('ransomware-hits-accounting-firms');

export const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'blog index', path: '/blog' },
  { name: 'article', path: `/blog/${ARTICLE.slug}` },
  { name: 'about', path: '/about' },
  { name: 'services', path: '/services' },
  { name: 'contact', path: '/contact' },
  { name: 'privacy', path: '/privacy' },
] as const;

/** The Malay pages of the fixture, one of each kind (/ms/…). */
export const MALAY_PAGE_TYPES = [
  { name: 'Malay home', path: '/ms' },
  { name: 'Malay blog index', path: '/ms/blog' },
  { name: 'Malay article', path: '/ms/blog/perisian-tebusan-melanda-firma-perakaunan' },
  { name: 'Malay about', path: '/ms/about' },
  { name: 'Malay services', path: '/ms/services' },
  { name: 'Malay contact', path: '/ms/contact' },
  { name: 'Malay privacy', path: '/ms/privacy' },
  { name: 'Malay search', path: '/ms/search' },
  { name: 'Malay tag index', path: '/ms/blog/tags' },
  { name: 'Malay tag', path: '/ms/blog/tags/keselamatan' },
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
