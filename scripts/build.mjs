// `npm run build` (and `build:static` with STATIC_EXPORT=1): the content check and contentlayer2
// read the same files independently, so they run side by side (~3 s saved at 1,000 posts on two
// cores); then the type check; then `next build`. A content problem is reported in the check's
// plain words, never as contentlayer's stack of the same mistake. Types are checked here rather
// than inside `next build` so the checker (~0.5 GB) and Next's compiler (~0.9 GB) never hold
// memory at the same time; `next build` run on its own still checks them itself.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import nextEnv from '@next/env';
import { KEY_FILE, KEY_VARIABLE, serverActionsKey } from '../lib/contact/server-actions-key.mjs';
import { readSiteFile } from '../lib/site-file.mjs';
import { paintFirstPages } from './paint-first.mjs';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Resolves with the exit code and the captured output (or nothing, when it is shown live). */
function run(command, args, { capture }) {
  const started = performance.now();
  // Through bash where there is one: contentlayer2 spawned straight from Node with piped output
  // stalled on the Linux build machine; Windows has no bash and runs the command itself.
  const [file, argv] =
    process.platform === 'win32'
      ? [command, args]
      : ['bash', ['-c', 'exec "$0" "$@"', command, ...args]];
  const child = spawn(file, argv, {
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    shell: process.platform === 'win32',
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const done = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output })),
  ).then((result) => ({ ...result, time: seconds(started) }));
  return { child, done };
}

// SITE_URL goes into every canonical link, the sitemap and the feeds when pages are prerendered.
// Read the .env files as `next build` will, and say so loudly when it is missing or a placeholder
// (such as .env.example's, copied as it is).
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
const siteUrl = process.env.SITE_URL?.trim() ?? '';
let launchWarnings = !siteUrl
  ? '⚠ SITE_URL is not set: canonical links, the sitemap, feeds and share tags will point at ' +
    'http://localhost:3000. For a production build run e.g. SITE_URL=https://www.snynet.com.my npm run build\n'
  : isPlaceholderUrl(siteUrl)
    ? `⚠ SITE_URL is ${siteUrl}, a placeholder or local address: canonical links, the sitemap, ` +
      'feeds and share tags will point there. For a production build set the real address, e.g. ' +
      'SITE_URL=https://www.snynet.com.my npm run build\n'
    : '';
// The static export's contact page offers phone and email instead of a form; with the
// placeholder email it can offer only the phone.
const siteEmail = String(readSiteFile()?.email ?? '');
if (process.env.STATIC_EXPORT === '1' && siteEmail.endsWith('@example.com'))
  launchWarnings +=
    '⚠ The email in content/site.json is still the example.com placeholder: the contact page of ' +
    'this static export offers only the phone number.\n';
process.stdout.write(launchWarnings);

/**
 * An address nobody's site lives at: the example domains (RFC 2606, as copied from .env.example),
 * the reserved test/local names, and this machine.
 * @param {string} value
 */
function isPlaceholderUrl(value) {
  let host;
  try {
    host = new URL(value).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false; // Not a URL at all: lib/site.ts stops the build with its own message.
  }
  return (
    /(^|\.)example\.(com|org|net)(\.[a-z]{2})?$/.test(host) ||
    /(^|\.)your-domain\./.test(host) ||
    /(^|\.)(example|test|invalid|localhost|local)$/.test(host) ||
    /^(127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/.test(host)
  );
}

const check = run(bin('tsx'), ['scripts/content-check.ts'], { capture: true });
const contentlayerCli = fileURLToPath(new URL('contentlayer.mjs', import.meta.url));
const contentlayer = run(process.execPath, [contentlayerCli, 'build'], { capture: true });

const checked = await check.done;
process.stdout.write(checked.output);
if (checked.code !== 0) {
  contentlayer.child.kill('SIGTERM');
  process.exit(checked.code);
}
const generated = await contentlayer.done;
process.stdout.write(generated.output);
if (generated.code !== 0) process.exit(generated.code);

// The TypeScript 7 compiler by path: another package's older `tsc` owns node_modules/.bin/tsc.
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const typed = await run(process.execPath, [tsc, '--noEmit'], { capture: false }).done;
if (typed.code !== 0) process.exit(typed.code);

process.env.SNYNET_TYPES_CHECKED = '1';
// One Server Actions key across builds (lib/contact/server-actions-key.mjs): otherwise every
// deploy renames the contact form's action, and a form opened before it can no longer send.
try {
  const { key, source } = serverActionsKey({ cacheDir: '.next/cache' });
  process.env[KEY_VARIABLE] = key;
  if (source === 'new')
    console.log(
      `Made a Server Actions key, kept in .next/cache/${KEY_FILE} so later builds keep the ` +
        `contact form's action. Several servers: give them all the same ${KEY_VARIABLE}.`,
    );
} catch (error) {
  console.error(`⚠ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// Two processes, compile then prerender (`next build --experimental-build-mode`, in Next's CLI
// reference): in one process Turbopack's ~0.9 GB stays resident while the prerender worker grows
// beside it (1.5 GB at 1,000 posts); split, neither phase passes 0.9 GB. glibc's default of
// many malloc arenas let the share-card encoder's threads strand ~150 MB more in the worker.
process.env.MALLOC_ARENA_MAX ??= '2';
// Next's anonymous usage reporting stays off unless someone turns it on for this build.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const nextBuild = (mode) =>
  run(
    bin('next'),
    ['build', ...(mode ? ['--experimental-build-mode', mode] : []), ...process.argv.slice(2)],
    { capture: false },
  ).done;
// A static export is written only by a one-process build (generate mode skips writing out/).
const staticExport = process.env.STATIC_EXPORT === '1';
const compiled = await nextBuild(staticExport ? undefined : 'compile');
if (compiled.code !== 0 || staticExport) {
  if (compiled.code === 0) paintFirstOrExit('out');
  process.stdout.write(launchWarnings);
  process.exit(compiled.code);
}
const prerendered = await nextBuild('generate');
if (prerendered.code === 0) paintFirstOrExit('.next/server/app');
// One line the benchmark reads (bench/build-scale.mjs).
console.log(
  `Build steps: content check ${checked.time} s, contentlayer ${generated.time} s, types ${typed.time} s, ` +
    `next compile ${compiled.time} s, next prerender ${prerendered.time} s`,
);
/** Pages paint before their scripts load (scripts/paint-first.mjs). @param {string} dir */
function paintFirstOrExit(dir) {
  try {
    const pages = paintFirstPages(dir);
    if (pages > 0) console.log(`Scripts load after the first paint on ${pages} pages in ${dir}`);
    // A deployment adapter may take the pages before this step (they live elsewhere then):
    // the site works, its pages just run their scripts before painting. Say so.
    else
      console.warn(`⚠ No prerendered pages in ${dir}: their scripts will load before they paint.`);
  } catch (error) {
    console.error(`⚠ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

// Repeated last, where it is seen after Next's long output.
process.stdout.write(launchWarnings);
process.exit(prerendered.code);
