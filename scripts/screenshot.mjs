// Usage: node scripts/screenshot.mjs <url> <out.png> [width=1440]
// Full-page screenshot in headless Chromium, to look at what a page really shows.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.mjs';

const [url, out, width = '1440'] = process.argv.slice(2);
if (!url || !out) {
  console.error('Usage: node scripts/screenshot.mjs <url> <out.png> [width]');
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (msg) => msg.type() === 'error' && console.error('console error:', msg.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
