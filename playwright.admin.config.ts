import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser.mjs';
import { FIXTURE_SITE } from './tests/helpers/fixture-site';

const PORT = Number(process.env.EDITOR_E2E_PORT ?? 3107);

// The specs of e2e/keystatic-*.dev.spec.ts skip themselves without this (in the production run).
process.env.SNYNET_EDITOR_E2E = '1';
// The specs run the content check themselves, on the fixture site the dev server serves.
process.env.CONTENT_DIR = FIXTURE_SITE;

/**
 * The browser editor (/keystatic) where editors use it: `npm run dev`, local storage, on the
 * tests' fixture site. The specs save into it and public/images/ and put every file back afterwards.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: /\.dev\.spec\.ts$/,
  // One editor, one dev server, one set of files: in order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The admin is one large client bundle that `next dev` compiles on first use.
  timeout: 6 * 60_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/editor.json' }]]
    : 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
  webServer: {
    // No -H: the admin is opened at 127.0.0.1 while `next dev` serves as for localhost
    // (allowedDevOrigins in next.config.ts; e2e/content-problems.dev.spec.ts).
    command: `npm run dev -- -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/keystatic`,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: FIXTURE_SITE },
    timeout: 180_000,
    // As a person stops it (Ctrl-C), waiting for contentlayer2 to finish writing; never SIGKILL.
    gracefulShutdown: { signal: 'SIGINT', timeout: 15_000 },
  },
});
