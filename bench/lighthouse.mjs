// Lighthouse 12 (mobile, the default) on each page, `runs` rounds, interleaved: every round visits
// every page once, so a busy moment on a shared machine hits all pages alike. Median per figure.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../e2e/browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// The simulated metrics behind the performance score, to see which one costs the points.
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** @param {Record<string, string>} urls page name → full URL */
export async function runLighthouse(urls, runs = 5) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...(chromiumLaunchOptions.args ?? []), `--remote-debugging-port=${port}`],
  });
  const samples = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  try {
    for (let round = 0; round < runs; round++) {
      for (const [name, url] of Object.entries(urls)) {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        samples[name].push({
          ...Object.fromEntries(
            CATEGORIES.map((c) => [c, Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)]),
          ),
          ...Object.fromEntries(
            Object.entries(METRICS).map(([key, audit]) => [
              key,
              result?.lhr.audits[audit]?.numericValue ?? NaN,
            ]),
          ),
        });
      }
    }
  } finally {
    await browser.close();
  }
  return Object.entries(samples).map(([name, runsOfPage]) => ({
    name,
    url: urls[name],
    ...Object.fromEntries(
      [...CATEGORIES, ...Object.keys(METRICS)].map((key) => [
        key,
        median(runsOfPage.map((run) => run[key])),
      ]),
    ),
    performanceRuns: runsOfPage.map((run) => run.performance),
  }));
}
