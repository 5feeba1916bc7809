// Lighthouse (mobile, the default) on the main page types, three runs each, median per category.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../scripts/browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = {
  home: '/',
  blog: '/blog',
  article: '/blog/microsoft-exchange-email-attacks-more-damaging',
  contact: '/contact',
};
// The simulated metrics behind the performance score, to see which one costs the points.
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runLighthouse(base, runs = 3) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...(chromiumLaunchOptions.args ?? []), `--remote-debugging-port=${port}`],
  });
  const rows = [];
  try {
    for (const [name, path] of Object.entries(PAGES)) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const metrics = Object.fromEntries(Object.keys(METRICS).map((m) => [m, []]));
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(base + path, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        for (const category of CATEGORIES)
          scores[category].push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
        for (const [key, audit] of Object.entries(METRICS))
          metrics[key].push(result?.lhr.audits[audit]?.numericValue ?? NaN);
      }
      rows.push({
        name,
        path,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
        metrics: Object.fromEntries(Object.keys(METRICS).map((m) => [m, median(metrics[m])])),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
