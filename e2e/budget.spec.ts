import { gzipSync } from 'node:zlib';
import { expect, PAGE_TYPES, test } from './fixtures';

const PAGES = [
  ...PAGE_TYPES,
  { name: 'search', path: '/search' },
  { name: 'tag', path: '/blog/tags/security' },
];

/** Issue budget: an App Router page may load at most this much JavaScript, gzip-compressed. */
const BUDGET_BYTES = 140 * 1024;

for (const { name, path } of PAGES) {
  test(`${name} page loads at most 140 KiB of gzip JavaScript`, async ({ page, request }) => {
    const scripts = new Set<string>();
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.add(req.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    let total = 0;
    for (const url of scripts) {
      const body = await (await request.get(url)).body();
      total += gzipSync(body, { level: 9 }).length;
    }
    test.info().annotations.push({
      type: 'gzip JS',
      description: `${(total / 1024).toFixed(1)} KiB in ${scripts.size} files`,
    });
    expect(scripts.size).toBeGreaterThan(0);
    expect(total, `${path}: ${(total / 1024).toFixed(1)} KiB`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
