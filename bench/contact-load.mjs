// `npm run bench:contact`: 500 concurrent enquiries against `next start` (run `npm run build`
// first), then a second wave during which the server is killed (SIGKILL) and restarted, to show
// that every acknowledged enquiry was stored; last, what SQLite's synchronous = FULL (the store's
// setting) costs per enquiry beside NORMAL. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const COUNT = Number(process.argv[2] ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'contact-load-'));
const db = join(dir, 'contact.db');

function startServer() {
  const child = spawn(
    './node_modules/.bin/next',
    ['start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        CONTACT_DB: db,
        CONTACT_RATE_LIMIT: '1000000',
        CONTACT_SITE_LIMIT: '1000000',
        SMTP_URL: '',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve) =>
    child.stdout.on('data', (d) => String(d).includes('Ready') && resolve(child)),
  );
}

async function submit(i) {
  const marker = randomUUID();
  const started = performance.now();
  try {
    const response = await fetch(`http://127.0.0.1:${PORT}/api/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Load test ${i}`,
        email: `load${i}@example.my`,
        message: `Load test enquiry ${marker}`,
      }),
    });
    const body = await response.json();
    return { ok: response.status === 201, id: body.id, ms: performance.now() - started };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const storedIds = () => {
  const sqlite = new Database(db, { readonly: true });
  const ids = new Set(
    sqlite
      .prepare('SELECT id FROM enquiries')
      .all()
      .map((r) => r.id),
  );
  sqlite.close();
  return ids;
};

let server = await startServer();
await submit(-1); // first request opens the database; not counted

const t0 = performance.now();
const wave = await Promise.all(Array.from({ length: COUNT }, (_, i) => submit(i)));
const seconds = (performance.now() - t0) / 1000;
const acked = wave.filter((r) => r.ok);
const stored = storedIds();
console.log(
  `wave 1: ${COUNT} concurrent enquiries in ${seconds.toFixed(2)} s = ${(COUNT / seconds).toFixed(0)} submissions/s`,
);
console.log(
  `        latency p50 ${percentile(
    wave.map((r) => r.ms),
    50,
  ).toFixed(0)} ms, p99 ${percentile(
    wave.map((r) => r.ms),
    99,
  ).toFixed(0)} ms`,
);
console.log(
  `        acknowledged ${acked.length}, stored ${stored.size - 1} (minus the warm-up), every acknowledged stored: ${acked.every((r) => stored.has(r.id))}`,
);

// Wave 2: kill the server with SIGKILL once a quarter of the wave has been acknowledged.
let ackedSoFar = 0;
let killed = false;
const wave2 = await Promise.all(
  Array.from({ length: COUNT }, (_, i) =>
    submit(COUNT + i).then((r) => {
      if (r.ok && ++ackedSoFar >= COUNT / 4 && !killed) {
        killed = true;
        server.kill('SIGKILL');
      }
      return r;
    }),
  ),
);
server = await startServer();
const after = storedIds();
const acked2 = wave2.filter((r) => r.ok);
const lost = acked2.filter((r) => !after.has(r.id));
console.log(
  `wave 2: server killed (SIGKILL) after ${Math.ceil(COUNT / 4)} acknowledgements, then restarted`,
);
console.log(
  `        acknowledged ${acked2.length}, refused by the dead server ${COUNT - acked2.length}, acknowledged but missing after restart: ${lost.length}`,
);
const wave2Stored = [...after].filter((id) => !stored.has(id)).length;
console.log(
  `        wave-2 rows in the database after restart: ${wave2Stored} (stored before the kill, some answers never reached the client)`,
);
server.kill('SIGTERM');

// One enquiry = one committed insert, as the store does it; the disk's flush is the difference.
function commitCost(mode, rows = 500) {
  const file = join(dir, `sync-${mode}.db`);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${mode}`);
  sqlite.exec('CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)');
  const insert = sqlite.prepare('INSERT INTO t VALUES (?, ?)');
  const started = performance.now();
  for (let i = 0; i < rows; i++) insert.run(randomUUID(), 'x'.repeat(400));
  const ms = (performance.now() - started) / rows;
  sqlite.close();
  return ms;
}
const normal = commitCost('NORMAL');
const full = commitCost('FULL');
console.log(
  `sqlite: one committed enquiry takes ${normal.toFixed(3)} ms with synchronous = NORMAL, ` +
    `${full.toFixed(3)} ms with FULL (the store's setting: acknowledged enquiries survive an OS crash)`,
);
rmSync(dir, { recursive: true, force: true });
