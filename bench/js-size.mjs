// The gzip JavaScript each page loads in Chromium, summed over every script request (including
// chunks loaded after the first paint).
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../e2e/browser.mjs';

export const PAGE_TYPES = {
  home: '/',
  blog: '/blog',
  article: '/blog/microsoft-exchange-email-attacks-more-damaging',
  tag: '/blog/tags/security',
  search: '/search',
  about: '/about',
  contact: '/contact',
  // The Malay site (#26): no more JavaScript than the same English page.
  'ms home': '/ms',
  'ms article': '/ms/blog/serangan-e-mel-microsoft-exchange-lebih-merosakkan',
  'ms search': '/ms/search',
  'ms contact': '/ms/contact',
};

/** @param {Record<string, string>} urls page name → full URL */
export async function measureJs(urls) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  for (const [name, url] of Object.entries(urls)) {
    const page = await browser.newPage();
    const scripts = new Set();
    page.on(
      'request',
      (request) => request.resourceType() === 'script' && scripts.add(request.url()),
    );
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    let bytes = 0;
    for (const script of scripts)
      bytes += gzipSync(Buffer.from(await (await fetch(script)).arrayBuffer()), {
        level: 9,
      }).length;
    rows.push({ name, url, kib: response?.ok() ? bytes / 1024 : NaN, files: scripts.size });
    await page.close();
  }
  await browser.close();
  return rows;
}
