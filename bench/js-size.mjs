// The gzip JavaScript each page type loads in Chromium, summed over every script request
// (including chunks loaded after the first paint). Needs a server at BASE (bench/run.mjs starts one).
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';

export const PAGE_TYPES = {
  home: '/',
  blog: '/blog',
  article: '/blog/microsoft-exchange-email-attacks-more-damaging',
  tag: '/blog/tags/security',
  search: '/search',
  about: '/about',
  contact: '/contact',
};

export async function measureJs(base) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    const page = await browser.newPage();
    const urls = new Set();
    page.on('request', (request) => request.resourceType() === 'script' && urls.add(request.url()));
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    if (!response?.ok()) {
      rows.push({ name, path, kib: NaN, files: 0 });
      continue;
    }
    let bytes = 0;
    for (const url of urls)
      bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
    rows.push({ name, path, kib: bytes / 1024, files: urls.size });
    await page.close();
  }
  await browser.close();
  return rows;
}
