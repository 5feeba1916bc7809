// `npm test`: every suite in order, each one run even when an earlier one failed (except e2e,
// which needs the build), then one line that CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

// Every suite builds and serves the tests' own fixture site; content/ is marketing's, held only to
// the content check and the live smoke below, which read their expectations from it.
const FIXTURE_SITE = 'tests/fixtures/site';
process.env.CONTENT_DIR = FIXTURE_SITE;

const results = [];
mkdirSync('test-results', { recursive: true });

const seconds = new Map();

/** @typedef {Record<string, string>} Env */

/**
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 * @param {Env} [env]
 */
function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  seconds.set(label, Math.round((Date.now() - started) / 1000));
  return child.status === 0;
}

/** @param {string} path */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A whole-suite check (lint, types, build) counts as one test.
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 * @param {Env} [env]
 */
function check(label, command, args, env) {
  const ok = run(label, command, args, env);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/**
 * @param {string} label
 * @param {string[]} args
 * @param {Env} [env]
 */
function vitest(label, args, env) {
  const out = `test-results/${label}.json`;
  rmSync(out, { force: true });
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`],
    env,
  );
  const report = readJson(out);
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) + (ok || report?.numFailedTests ? 0 : 1);
  results.push({ label, passed, failed });
}

/** @param {string} label */
function playwright(label, config = 'playwright.config.ts') {
  const out = `test-results/${label}.json`;
  rmSync(out, { force: true });
  const ok = run(label, 'npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const stats = readJson(out)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) + (ok || stats?.unexpected ? 0 : 1);
  results.push({ label, passed, failed });
}

check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('prettier', 'npx', ['prettier', '--check', '.']);
// No import ring anywhere, type-only ones included (.madgerc).
check('import rings', 'npm', ['run', '-s', 'lint:rings']);
// The unit tests read contentlayer's output. The content check and the type check run inside
// the build below (`npm run build`, whose `next build` checks every file tsconfig.json includes).
check('contentlayer', 'npx', ['contentlayer2', 'build', '--clearCache']);
vitest('unit', ['tests/unit']);
// Servers, builds and real databases: SQLite, PostgreSQL (TEST_DATABASE_URL), an SMTP server.
vitest('integration', ['tests/integration']);
// The browser editor where editors use it (`npm run dev`): a new post, site settings, and every
// content file saved twice, then the first saves' values and HTML compared with the originals.
playwright('editor', 'playwright.admin.config.ts');
vitest('round trip', ['tests/integration/round-trip.test.tsx'], {
  ROUND_TRIP_CHECK: 'test-results/round-trip',
});
// The deploy build itself (content check, contentlayer, next build), not a shortcut.
const built = check('build', 'npm', ['run', 'build']);
if (built) {
  playwright('e2e');
  // Three `next start` of that build on one PostgreSQL behind a round-robin proxy (skipped, and
  // says why, without TEST_DATABASE_URL).
  vitest('instances', ['tests/integration/contact-instances.test.ts'], {
    CONTACT_INSTANCES_CHECK: '1',
  });
  // The static export must match the server build page for page. It builds in its own folder
  // (next.config.ts), so the server build's prerendered HTML is still there to compare with.
  if (check('static build', 'npm', ['run', 'build:static'])) {
    // …and every page of both builds is valid HTML (the W3C checker, on Java).
    vitest(
      'static',
      ['tests/integration/static-export.test.ts', 'tests/integration/valid-html.test.ts'],
      {
        STATIC_EXPORT_CHECK: '.next-server/server/app',
      },
    );
  }
} else {
  results.push({ label: 'e2e (not run: the build failed)', passed: 0, failed: 1 });
}
// Marketing's own content: it must pass the check and build, and every published page must
// answer with what its settings say (e2e/live-content.live.spec.ts reads them at test time).
if (check('live build', 'npm', ['run', 'build'], { CONTENT_DIR: 'content' })) {
  playwright('live', 'playwright.live.config.ts');
}

console.log('\n=== summary');
for (const r of results)
  console.log(
    `${r.label.padEnd(12)} ${r.passed} passed, ${r.failed} failed  ${seconds.get(r.label) ?? 0} s`,
  );
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
