// `npm run bench:faults`: the contact API of `next start` (run `npm run build` first) under
// load and faults, one scenario per row: how many enquiries were sent, acknowledged (201), stored,
// lost (acknowledged but not in the database: must be 0) and answered 5xx other than the honest
// 503 of a store that is down (must be 0). Prints figures; asserts nothing. The PostgreSQL row
// needs TEST_DATABASE_URL and the rights to run pg_ctlcluster (root, as .ci/run has).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import * as parts from './faults/parts.mjs';
import { instanceRows } from './faults/instance-rows.mjs';

const OUTAGE_S = Number(process.env.BENCH_SMTP_OUTAGE_S ?? 60);
const dir = mkdtempSync(join(tmpdir(), 'contact-faults-'));
const sqliteIds = (file) => {
  const db = new Database(file, { readonly: true });
  const ids = new Set(db.prepare('SELECT id FROM enquiries').pluck().all());
  db.close();
  return ids;
};
const unlimited = { CONTACT_RATE_LIMIT: '1000000', CONTACT_SITE_LIMIT: '1000000' };
const inBatches = async (count, size, send) => {
  const answers = [];
  for (let i = 0; i < count; i += size)
    answers.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(size, count - i) }, (_, j) => send(i + j)),
      )),
    );
  return answers;
};

/** A table row from the answers and the ids the database holds afterwards. */
function row(scenario, answers, stored, note = '') {
  const acked = answers.filter((a) => a.status === 201);
  return {
    scenario,
    submissions: answers.length,
    acknowledged: acked.length,
    stored: stored.size,
    lost: acked.filter((a) => !stored.has(a.id)).length,
    '503 (store down)': answers.filter((a) => a.status === 503).length,
    'other 5xx': answers.filter((a) => a.status >= 500 && a.status !== 503).length,
    'no answer': answers.filter((a) => a.status === 0).length,
    note,
  };
}

async function concurrent() {
  const db = join(dir, 'concurrent.db');
  const port = await parts.freePort();
  const server = await parts.startServer(port, { CONTACT_DB: db, ...unlimited });
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => parts.submit(port, i)));
  const seconds = (performance.now() - started) / 1000;
  await parts.stopServer(server);
  return row(
    '500 concurrent (SQLite)',
    answers,
    sqliteIds(db),
    `${(500 / seconds).toFixed(0)} submissions/s`,
  );
}

async function killed() {
  const db = join(dir, 'killed.db');
  const port = await parts.freePort();
  let server = await parts.startServer(port, { CONTACT_DB: db, ...unlimited });
  let acked = 0;
  const answers = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      parts.submit(port, i).then((answer) => {
        if (answer.status === 201 && ++acked === 125) server.child.kill('SIGKILL');
        return answer;
      }),
    ),
  );
  server = await parts.startServer(port, { CONTACT_DB: db, ...unlimited });
  const after = await Promise.all(
    Array.from({ length: 20 }, (_, i) => parts.submit(port, 1000 + i)),
  );
  await parts.stopServer(server);
  const ok = after.filter((a) => a.status === 201).length;
  return row(
    'kill -9 after 125 of 500, restart',
    answers,
    sqliteIds(db),
    `after restart ${ok}/20 stored`,
  );
}

async function postgresRestart() {
  const cluster = parts.postgresCluster();
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!cluster || !adminUrl) return undefined;
  const name = `snynet_bench_${Date.now()}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const port = await parts.freePort();
  const server = await parts.startServer(port, { DATABASE_URL: url.toString(), ...unlimited });
  let answers;
  try {
    answers = await inBatches(200, 10, (i) => {
      if (i === 60) cluster.stop();
      if (i === 120) cluster.start();
      return parts.submit(port, i);
    });
  } finally {
    cluster.start();
  }
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const stored = new Set((await client.query('SELECT id FROM enquiries')).rows.map((r) => r.id));
  await client.end();
  const exited = server.exited;
  await parts.stopServer(server);
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  return row(
    'PostgreSQL stopped at 60, started at 120 of 200',
    answers,
    stored,
    exited ? 'SERVER EXITED' : 'server kept running',
  );
}

async function smtpOutage() {
  const db = join(dir, 'smtp.db');
  const [port, smtpPort] = [await parts.freePort(), await parts.freePort()];
  const server = await parts.startServer(port, {
    CONTACT_DB: db,
    ...unlimited,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    CONTACT_TO: 'sales@snynet.test',
    CONTACT_RETRY_MS: process.env.CONTACT_RETRY_MS ?? '5000',
  });
  const answers = await inBatches(50, 10, (i) => parts.submit(port, i));
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_S * 1000));
  const sink = await parts.startSmtp(smtpPort);
  const back = performance.now();
  const acked = answers.filter((a) => a.status === 201).length;
  while (sink.received() < acked && performance.now() - back < 300_000)
    await new Promise((resolve) => setTimeout(resolve, 250));
  const seconds = ((performance.now() - back) / 1000).toFixed(1);
  sink.stop();
  await parts.stopServer(server);
  return row(
    `SMTP down ${OUTAGE_S} s, then up`,
    answers,
    sqliteIds(db),
    `${sink.received()}/${acked} emailed ${seconds} s after SMTP came back, no further submission`,
  );
}

async function flood() {
  const db = join(dir, 'flood.db');
  const port = await parts.freePort();
  const server = await parts.startServer(port, { CONTACT_DB: db }); // default limits
  const answers = await inBatches(1000, 50, (i) =>
    parts.submit(port, i, `198.${(i >> 8) & 255}.${i & 255}.${(i * 7) & 255}`),
  );
  await parts.stopServer(server);
  const limited = answers.filter((a) => a.status === 429).length;
  return row(
    'flood: 1,000 from 1,000 made-up addresses',
    answers,
    sqliteIds(db),
    `${limited} answered 429 (CONTACT_SITE_LIMIT default 100/hour)`,
  );
}

const instances = () => instanceRows(row, OUTAGE_S);

const rows = [];
// BENCH_FAULTS_ONLY=instances (a scenario's function name) runs that one alone.
const only = process.env.BENCH_FAULTS_ONLY;
const scenarios = [concurrent, killed, postgresRestart, smtpOutage, flood, instances];
for (const scenario of scenarios.filter((s) => !only || s.name === only)) {
  const result = await scenario();
  if (result) rows.push(...[result].flat());
  else
    console.log(
      `(${scenario.name}: skipped, needs TEST_DATABASE_URL (and root for pg_ctlcluster))`,
    );
}
console.table(rows);
rmSync(dir, { recursive: true, force: true });
