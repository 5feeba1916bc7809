// `npm run bench`: prints figures, asserts nothing. Run `npm run build` first (for the page and
// server figures). Every page figure stands beside a bare Next page's from the same run
// (bench/reference.mjs): only the ratios compare across machines.
// `npm run bench -- --only build,js,lighthouse,http` picks parts; `--posts 5,1000` sets the
// build sizes (posts in all), `--no-rebuild` skips the rebuild after an edit, `--bilingual` builds
// each size over 100 again with half its posts in Malay; `--runs 5` the Lighthouse rounds.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { formatBuilds, measureBuilds } from './build-scale.mjs';
import { measureHttp } from './http.mjs';
import { measureJs, PAGE_TYPES } from './js-size.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { writeReference } from './reference.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const only = new Set(option('--only', 'build,js,lighthouse,http').split(','));
const posts = option('--posts', '5,1000').split(',').map(Number);
const runs = Number(option('--runs', '5'));
const SITE = 'http://127.0.0.1:3450';
const REFERENCE = 'http://127.0.0.1:3451';
const LIGHTHOUSE_PAGES = ['home', 'blog', 'article', 'contact', 'ms article', 'ms contact'];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

console.log(
  `${new Date().toISOString()}  ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
);

if (only.has('build')) {
  console.log(
    '\n1. cold `npm run build` by number of posts (wall time, peak memory of the process tree)',
  );
  const rebuild = !args.includes('--no-rebuild');
  const bilingual = args.includes('--bilingual');
  for (const line of formatBuilds(await measureBuilds(posts, { rebuild, bilingual })))
    console.log(line);
}

/** Starts `next start` for `dir` and resolves once it is ready; the caller stops it. */
async function serve(dir, url) {
  const port = new URL(url).port;
  const server = spawn(
    './node_modules/.bin/next',
    ['start', ...(dir ? [dir] : []), '-p', port, '-H', '127.0.0.1'],
    {
      env: { ...env, CONTACT_DB: '/tmp/snynet-bench-contact.db' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => String(d).includes('Ready') && resolve());
    server.on('exit', (code) => reject(new Error(`next start ${dir ?? ''} exited with ${code}`)));
  });
  return server;
}

const ratio = (value, base) => `×${(value / base).toFixed(3)}`;

if (only.has('js') || only.has('lighthouse') || only.has('http')) {
  if (!existsSync('.next-server/BUILD_ID')) throw new Error('Run `npm run build` first.');
  const referenceDir = writeReference();
  execFileSync('./node_modules/.bin/next', ['build', referenceDir], { env, stdio: 'ignore' });
  const servers = [await serve(undefined, SITE), await serve(referenceDir, REFERENCE)];
  try {
    if (only.has('js')) {
      console.log('\n2. gzip JavaScript loaded per page (goal: ≤ ×1.04 the bare page)');
      const [bare, ...rows] = await measureJs({
        bare: `${REFERENCE}/`,
        ...Object.fromEntries(Object.entries(PAGE_TYPES).map(([n, p]) => [n, SITE + p])),
      });
      console.log(
        `${'bare'.padEnd(10)} ${bare.kib.toFixed(1).padStart(6)} KiB in ${bare.files} files`,
      );
      for (const row of rows)
        console.log(
          `${row.name.padEnd(10)} ${row.kib.toFixed(1).padStart(6)} KiB in ${String(row.files).padStart(2)} files  ${ratio(row.kib, bare.kib)}`,
        );
    }
    if (only.has('lighthouse')) {
      console.log(
        `\n3. Lighthouse 12 mobile, median of ${runs} interleaved runs (goals: performance ≥ bare − 2, ` +
          'the other three 100, TBT ≤ ×1.25 the bare page)',
      );
      const [bare, ...rows] = await runLighthouse(
        {
          bare: `${REFERENCE}/`,
          ...Object.fromEntries(LIGHTHOUSE_PAGES.map((n) => [n, SITE + PAGE_TYPES[n]])),
        },
        runs,
      );
      console.log(
        'page      perf  a11y  best   seo   FCP ms  LCP ms  TBT ms    CLS   perf − bare  TBT ratio  perf runs',
      );
      for (const row of [bare, ...rows])
        console.log(
          `${row.name.padEnd(10)} ${[row.performance, row.accessibility, row['best-practices'], row.seo].map((s) => String(s).padStart(5)).join(' ')}` +
            `  ${[row.fcp, row.lcp, row.tbt].map((m) => String(Math.round(m)).padStart(7)).join(' ')}  ${row.cls.toFixed(3).padStart(5)}` +
            (row === bare
              ? ''
              : `  ${String(row.performance - bare.performance).padStart(11)}  ${ratio(row.tbt, bare.tbt).padStart(9)}`) +
            `  ${row.performanceRuns.join(' ')}`,
        );
    }
    if (only.has('http')) {
      console.log(
        '\n4. next start serving an article (autocannon, 50 connections, 10 s, loopback)',
      );
      const r = await measureHttp(SITE);
      console.log(
        `${r.requestsPerSecond.toFixed(0)} requests/s, latency p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`,
      );
    }
  } finally {
    for (const server of servers) server.kill('SIGTERM');
  }
}
