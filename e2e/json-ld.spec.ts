import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { ms } from '../lib/i18n/dictionary-ms';
import { FIXTURE_SITE } from '../tests/helpers/fixture-site';
import { richResultProblems } from '../tests/helpers/rich-results';
import { schemaOrgProblems } from '../tests/helpers/schema-org';
import { expect, FIXTURE_POSTS, SITE, test } from './fixtures';

/**
 * What search engines read as structured data (JSON-LD): the business on home and contact, each
 * post in its language with its breadcrumb; valid against schema.org and Google's rich results.
 */

/** The build's SITE_URL (the default when unset): e2e must run with the build's environment. */
const ORIGIN = new URL(process.env.SITE_URL || 'http://localhost:3000').origin;

async function jsonLd(page: Page): Promise<unknown[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text): unknown => JSON.parse(text));
}
const typeOf = (node: unknown) =>
  typeof node === 'object' && node !== null ? Reflect.get(node, '@type') : undefined;

test('home and contact pages describe the business in valid LocalBusiness JSON-LD', async ({
  page,
}) => {
  for (const path of ['/', '/contact']) {
    await page.goto(path);
    const [business, ...rest] = await jsonLd(page);
    expect(rest, path).toEqual([]);
    expect(typeOf(business), path).toBe('LocalBusiness');
    expect(schemaOrgProblems(business), path).toEqual([]);
    expect(richResultProblems(business), path).toEqual([]);
    expect(business).toMatchObject({
      name: SITE.name,
      telephone: SITE.phone,
      logo: `${ORIGIN}/logo.svg`,
      // Both rules of the fixture: weekdays, and the shorter Saturday.
      openingHoursSpecification: SITE.hours.map(({ opens, closes }) => ({ opens, closes })),
    });
  }
});

test('each post carries valid BlogPosting and BreadcrumbList JSON-LD', async ({ page }) => {
  for (const post of FIXTURE_POSTS) {
    await page.goto(`/blog/${post.slug}`);
    const nodes = await jsonLd(page);
    expect(nodes.map(typeOf)).toEqual(['BlogPosting', 'BreadcrumbList']);
    for (const node of nodes) {
      expect(schemaOrgProblems(node), post.slug).toEqual([]);
      expect(richResultProblems(node), post.slug).toEqual([]);
    }
    expect(nodes[0]).toMatchObject({
      headline: post.title,
      url: `${ORIGIN}/blog/${post.slug}`,
      image: [`${ORIGIN}/blog/${post.slug}/og.png`, expect.stringMatching(/^http/)],
    });
    expect(nodes[0]).toMatchObject({
      datePublished: post.date,
      author: { name: post.author ?? SITE.name },
      inLanguage: 'en-MY',
    });
    if (post.updated) expect(nodes[0]).toMatchObject({ dateModified: post.updated });
  }
});

test('each Malay post says it is in Malay in valid JSON-LD, its breadcrumb in Malay', async ({
  page,
}) => {
  const slugs = readdirSync(`${FIXTURE_SITE}/posts/ms`)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => name.replace(/\.mdx$/, ''));
  expect(slugs.length).toBeGreaterThan(0);
  for (const slug of slugs) {
    await page.goto(`/ms/blog/${slug}`);
    const nodes = await jsonLd(page);
    expect(nodes.map(typeOf)).toEqual(['BlogPosting', 'BreadcrumbList']);
    for (const node of nodes) {
      expect(schemaOrgProblems(node), slug).toEqual([]);
      expect(richResultProblems(node), slug).toEqual([]);
    }
    expect(nodes[0]).toMatchObject({ url: `${ORIGIN}/ms/blog/${slug}`, inLanguage: 'ms-MY' });
    expect(nodes[1]).toMatchObject({
      itemListElement: [{ name: ms.blog.home }, { name: ms.blog.title }, {}],
    });
  }
});
