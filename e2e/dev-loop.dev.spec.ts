import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { FIXTURE_SITE } from '../tests/helpers/fixture-site';
import { editorRun, keepFiles } from './keystatic-editor';

/**
 * `npm run dev` serves what is on disk: a post or page saved, renamed or deleted in a text editor,
 * and a change to site.json, answer on the first request from any client (here a plain HTTP
 * client, no browser tab open) within 10 s of the save.
 */
test.skip(
  !editorRun,
  'runs against npm run dev: npx playwright test -c playwright.admin.config.ts',
);

const SAVED_WITHIN = { timeout: 10_000, intervals: [250] };
const POSTS = `${FIXTURE_SITE}/posts`;

async function statusOf(request: APIRequestContext, path: string): Promise<number> {
  return (await request.get(path, { maxRedirects: 0 })).status();
}

async function textOf(request: APIRequestContext, path: string): Promise<string> {
  return (await request.get(path)).text();
}

test('posts, pages and settings saved in a text editor answer at once, with no tab open', async ({
  request,
}) => {
  const restore = keepFiles();
  try {
    // The dev server is up and has compiled the routes once, as after an editor's first look.
    await expect.poll(() => statusOf(request, '/blog'), { timeout: 120_000 }).toBe(200);
    const existing = readFileSync(`${POSTS}/choosing-a-cdn-for-a-faster-website.mdx`, 'utf8');
    expect(await statusOf(request, '/blog/choosing-a-cdn-for-a-faster-website')).toBe(200);

    // A new post, with a tag no other post has.
    writeFileSync(
      `${POSTS}/our-new-office.mdx`,
      existing
        .replace(/^title: .*$/m, 'title: Our new office opens on Monday')
        .replace(/^tags:\n(?: {2}- .*\n)+/m, 'tags:\n  - company-news\n'),
    );
    await expect.poll(() => statusOf(request, '/blog/our-new-office'), SAVED_WITHIN).toBe(200);
    await expect.poll(() => textOf(request, '/blog'), SAVED_WITHIN).toContain('Our new office');
    expect(await statusOf(request, '/blog/tags/company-news')).toBe(200);

    // Renamed: the new address answers, the old one is gone.
    renameSync(`${POSTS}/our-new-office.mdx`, `${POSTS}/our-office-opens.mdx`);
    await expect.poll(() => statusOf(request, '/blog/our-office-opens'), SAVED_WITHIN).toBe(200);
    await expect.poll(() => statusOf(request, '/blog/our-new-office'), SAVED_WITHIN).toBe(404);

    // Deleted: its address and its tag page are gone, and the blog no longer lists it.
    rmSync(`${POSTS}/our-office-opens.mdx`);
    await expect.poll(() => statusOf(request, '/blog/our-office-opens'), SAVED_WITHIN).toBe(404);
    await expect.poll(() => textOf(request, '/blog'), SAVED_WITHIN).not.toContain('Our new office');
    expect(await statusOf(request, '/blog/tags/company-news')).toBe(404);

    // A page's copy.
    const about = `${FIXTURE_SITE}/pages/about.mdx`;
    writeFileSync(
      about,
      readFileSync(about, 'utf8').replace(/^heading: .*$/m, 'heading: About the renamed team'),
    );
    await expect
      .poll(() => textOf(request, '/about'), SAVED_WITHIN)
      .toContain('About the renamed team');

    // The settings: a new phone number in every page's header.
    const settings = `${FIXTURE_SITE}/site.json`;
    const site = JSON.parse(readFileSync(settings, 'utf8'));
    writeFileSync(settings, JSON.stringify({ ...site, phone: '+60 9 876 5432' }, null, 2));
    await expect.poll(() => textOf(request, '/services'), SAVED_WITHIN).toContain('+60 9 876 5432');

    // Addresses of no post or tag still answer 404.
    expect(await statusOf(request, '/blog/no-such-post')).toBe(404);
    expect(await statusOf(request, '/blog/tags/no-such-tag')).toBe(404);
  } finally {
    restore();
  }
});
