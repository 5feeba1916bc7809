import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser.mjs';

const PORT = Number(process.env.LIVE_E2E_PORT ?? 3102);

/**
 * A short smoke over a production build of marketing's own content/ (`CONTENT_DIR=content npm
 * run build` first): the expectations are read from content/ at test time, so any valid edit
 * keeps it green. Everything else is tested on the fixture site (playwright.config.ts).
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: /\.live\.spec\.ts$/,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/live.json' }]]
    : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
  webServer: {
    command: `exec ./node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'content' },
    timeout: 60_000,
  },
});
