import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { CONTENT_DIR } from './lib/content-dir.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: 'contentlayer/generated', replacement: `${root}.contentlayer/generated` },
      { find: '#site-settings', replacement: `${root}${CONTENT_DIR}/site.json` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Vitest's default on 2 cores is one file at a time; many files mostly wait (timers, the SMTP
    // and database servers, child processes), so a second one runs beside them.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
