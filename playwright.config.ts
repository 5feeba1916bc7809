import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './e2e/browser.mjs';
import { FIXTURE_SITE } from './tests/helpers/fixture-site';

const PORT = Number(process.env.E2E_PORT ?? 3100);

// The enquiry database of the test server; tests read it back with `npm run contact:export`.
// Workers load this file too, so the server command (not this file) starts it afresh.
const CONTACT_DB = join(tmpdir(), `snynet-e2e-contact-${PORT}.db`);
process.env.E2E_CONTACT_DB = CONTACT_DB;

/** Runs against the production build (`npm run build` first), as a visitor would see it. */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
      testIgnore: [/phone\.spec\.ts/, /\.live\.spec\.ts/],
    },
    {
      name: 'phone',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        isMobile: false,
        hasTouch: true,
      },
      testMatch: /phone\.spec\.ts/,
    },
  ],
  webServer: {
    // exec: one process, so stopping it by PID stops the server.
    command: `rm -f ${CONTACT_DB} ${CONTACT_DB}-wal ${CONTACT_DB}-shm && exec ./node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      CONTACT_DB,
      CONTACT_RATE_LIMIT: '5',
      CONTENT_DIR: process.env.CONTENT_DIR || FIXTURE_SITE,
    },
    timeout: 60_000,
  },
});
