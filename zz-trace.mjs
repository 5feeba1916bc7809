import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser.mjs';
const browser = await chromium.launch(chromiumLaunchOptions);
const path = process.argv[2] ?? '/contact';
const page = await browser.newPage();
await page.goto('http://127.0.0.1:3462/about'); // warm server
await page.goto('about:blank');
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'] });
await page.goto('http://127.0.0.1:3462' + path, { waitUntil: 'load' });
await page.waitForTimeout(500);
const buf = await browser.stopTracing();
const { traceEvents } = JSON.parse(buf.toString());
const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(path)) ?? traceEvents.find((e) => e.name === 'navigationStart');
const t0 = nav.ts;
const main = traceEvents.filter((e) => ['ParseHTML', 'EvaluateScript', 'Layout', 'Paint', 'firstContentfulPaint', 'largestContentfulPaint::Candidate', 'ResourceFinish', 'ResourceSendRequest', 'FunctionCall', 'TimerFire', 'UpdateLayoutTree', 'v8.compile', 'RunMicrotasks', 'HandlePostMessage', 'PrePaint'].includes(e.name) && e.ts >= t0);
const reqs = new Map();
for (const e of traceEvents) if (e.name === 'ResourceSendRequest') reqs.set(e.args.data.requestId, e.args.data.url.split('/').pop().slice(0, 20));
for (const e of main.sort((a, b) => a.ts - b.ts)) {
  const d = e.args?.data ?? {};
  const label = d.url ? d.url.split('/').pop().slice(0, 20) : d.requestId ? reqs.get(d.requestId) : d.functionName ?? '';
  if ((e.dur ?? 0) < 300 && !['Paint', 'firstContentfulPaint', 'largestContentfulPaint::Candidate', 'ResourceFinish', 'ResourceSendRequest'].includes(e.name)) continue;
  console.log(((e.ts - t0) / 1000).toFixed(1).padStart(7), (((e.dur ?? 0) / 1000).toFixed(1)).padStart(6), e.name, label);
}
await browser.close();
