import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
// The tests' own fixture site, unless CONTENT_DIR names another (tests/helpers/fixture-site.ts).
const contentDir = process.env.CONTENT_DIR || 'tests/fixtures/site';

export default defineConfig({
  resolve: {
    alias: [
      { find: 'contentlayer/generated', replacement: `${root}.contentlayer/generated` },
      { find: '#site-settings', replacement: `${root}${contentDir}/site.json` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    env: { CONTENT_DIR: contentDir },
    // Vitest's default on 2 cores is one file at a time; many files mostly wait (timers, the SMTP
    // and database servers, child processes), so a second one runs beside them.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
