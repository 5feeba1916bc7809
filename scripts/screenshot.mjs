// Usage: npm run screenshot -- <url> <out.png> [width=1440] [--viewport]
// Full-page (or first-screen, with --viewport) screenshot in headless Chromium, to look at what a page really shows.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.mjs';

const args = process.argv.slice(2);
const fullPage = !args.includes('--viewport');
const [url, out, width = '1440'] = args.filter((a) => a !== '--viewport');
if (!url || !out) {
  console.error('Usage: npm run screenshot -- <url> <out.png> [width]');
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (msg) => msg.type() === 'error' && console.error('console error:', msg.text()));
await page.goto(url, { waitUntil: 'networkidle' });
if (fullPage) {
  // Bring lazy images into view so the picture shows what a reader scrolling down would see.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}
await page.screenshot({ path: out, fullPage });
await browser.close();
console.log(`saved ${out}`);
