import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { editorRun, keepFiles } from './keystatic-editor';

/**
 * `npm run dev` while an editor adds a post in their own text editor (not the admin): the post
 * and its new tag open on the first visit, and addresses of no post or tag still answer 404.
 */
test.skip(
  !editorRun,
  'runs against npm run dev: npx playwright test -c playwright.admin.config.ts',
);

test('a post saved while npm run dev runs opens on its first visit, with its new tag', async ({
  page,
  request,
}) => {
  const restore = keepFiles();
  const visited: string[] = [];
  const status = async (path: string) => {
    visited.push(path);
    return (await request.get(path)).status();
  };
  try {
    // The editor has the blog open: Next has listed the posts' addresses once.
    await expect
      .poll(() => status('/blog/best-cdn-providers-2021'), { timeout: 120_000 })
      .toBe(200);
    expect(await status('/blog/tags/security')).toBe(200);

    // …in the browser, where next dev's refresh arrives once it has taken a change in.
    await page.goto('/blog/best-cdn-providers-2021');
    await page.waitForLoadState('networkidle');
    const refreshed = page.waitForResponse(
      (r) =>
        r.url().includes('/blog/best-cdn-providers-2021') &&
        r.request().headers()['next-hmr-refresh'] === '1',
      { timeout: 60_000 },
    );
    const existing = readFileSync('content/posts/best-cdn-providers-2021.mdx', 'utf8');
    writeFileSync(
      'content/posts/our-new-office.mdx',
      existing
        .replace(/^title: .*$/m, 'title: Our new office')
        .replace(/^tags: .*$/m, 'tags: [company-news]'),
    );
    // contentlayer2's watch has turned the file into data and next dev has taken it in: the open
    // page is refreshed, by the time the editor has switched to the browser.
    await refreshed;

    // The first visit: the post and its tag page, not "Page not found".
    expect(await status('/blog/our-new-office')).toBe(200);
    expect(await status('/blog/tags/company-news')).toBe(200);
    expect(visited.filter((path) => path.includes('our-new-office'))).toHaveLength(1);
    expect(await status('/blog/no-such-post')).toBe(404);
    expect(await status('/blog/tags/no-such-tag')).toBe(404);
  } finally {
    restore();
  }
});
