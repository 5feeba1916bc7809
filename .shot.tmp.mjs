import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '/work/wt23/e2e/browser.mjs';
const base = process.env.BASE ?? 'http://127.0.0.1:3210';
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const [, , path, out, action] = process.argv;
await page.goto(base + path, { waitUntil: 'networkidle', timeout: 240000 });
if (action === 'panel') await page.getByText(/^Content problems \(/).click();
if (action === 'admin') { await page.getByText(/^Problems \(/).waitFor({ timeout: 240000 }); await page.getByText(/^Problems \(/).click(); }
await page.waitForTimeout(1000);
await page.screenshot({ path: out });
await browser.close();
