// `npm run bench`: prints figures, asserts nothing. Run `npm run build` first (for the page and
// server figures). `npm run bench -- --only build,js,lighthouse,http` picks parts;
// `--posts 100,500,1000` sets the build sizes.
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { formatBuilds, measureBuilds } from './build-scale.mjs';
import { measureHttp } from './http.mjs';
import { measureJs } from './js-size.mjs';
import { runLighthouse } from './lighthouse.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const only = new Set(option('--only', 'build,js,lighthouse,http').split(','));
const posts = option('--posts', '100,500,1000').split(',').map(Number);
const PORT = 3450;
const BASE = `http://127.0.0.1:${PORT}`;

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);

if (only.has('build')) {
  console.log('\n1. build time and memory by number of posts');
  for (const line of formatBuilds(await measureBuilds(posts))) console.log(line);
}

if (only.has('js') || only.has('lighthouse') || only.has('http')) {
  const server = spawn(
    './node_modules/.bin/next',
    ['start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        CONTACT_DB: '/tmp/snynet-bench-contact.db',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve) =>
    server.stdout.on('data', (d) => String(d).includes('Ready') && resolve()),
  );
  try {
    if (only.has('js')) {
      console.log('\n2. gzip JavaScript loaded per page type (budget 140 KiB)');
      for (const row of await measureJs(BASE))
        console.log(
          `${row.name.padEnd(8)} ${row.kib.toFixed(1).padStart(6)} KiB in ${row.files} files  ${row.path}`,
        );
    }
    if (only.has('lighthouse')) {
      console.log('\n3. Lighthouse 12 (mobile), median of 3 runs');
      console.log('page      perf  a11y  best   seo');
      for (const row of await runLighthouse(BASE)) {
        console.log(
          `${row.name.padEnd(8)} ${[row.performance, row.accessibility, row['best-practices'], row.seo].map((s) => String(s).padStart(5)).join(' ')}` +
            `   FCP ${Math.round(row.metrics.fcp)} ms, LCP ${Math.round(row.metrics.lcp)} ms, TBT ${Math.round(row.metrics.tbt)} ms, CLS ${row.metrics.cls.toFixed(3)}`,
        );
      }
    }
    if (only.has('http')) {
      console.log(
        '\n4. next start serving an article (autocannon, 50 connections, 10 s, loopback)',
      );
      const r = await measureHttp(BASE);
      console.log(
        `${r.requestsPerSecond.toFixed(0)} requests/s, latency p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`,
      );
    }
  } finally {
    server.kill('SIGTERM');
  }
}
