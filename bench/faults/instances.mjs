// Several `next start` of the current build on one PostgreSQL database behind a round-robin
// proxy: shared by tests/integration/contact-instances.test.ts (which asserts) and `npm run bench:faults`
// (which prints the figures). Plain JavaScript so the benchmark runs it without a compiler.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { createInterface } from 'node:readline';
import pg from 'pg';
import * as parts from './parts.mjs';

/** A round-robin proxy in front of `ports`; a dead instance's share is answered 502. */
export async function startProxy(ports) {
  let next = 0;
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length];
    const fail = () => {
      if (!res.headersSent) res.writeHead(502, { 'x-proxy-error': '1' });
      res.end();
    };
    const upstream = request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', fail);
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}

/**
 * One enquiry through the proxy from client `address` (as the proxy saw it, CONTACT_PROXY_HOPS=1).
 * `{ status, id, error, retryAfter }`; status 0 when no whole answer came from a server.
 */
export async function send(port, i, address) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        name: `Instance test ${i}`,
        email: `instances${i}@example.my`,
        message: `Enquiry number ${i} through the proxy, from ${address}.`,
      }),
    });
    if (response.headers.get('x-proxy-error')) return { status: 0 };
    const body = await response.json();
    return {
      status: response.status,
      id: body.id,
      error: body.error,
      retryAfter: response.headers.get('retry-after'),
    };
  } catch {
    return { status: 0 };
  }
}

/** `count` sends, `size` at a time (bounded, so the 2-core machine is never swamped). */
export async function inBatches(count, size, sendOne) {
  const answers = [];
  for (let i = 0; i < count; i += size)
    answers.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(size, count - i) }, (_, j) => sendOne(i + j)),
      )),
    );
  return answers;
}

/** `n` instances with the same settings, started side by side; `restart(k)` on the same port. */
export async function startInstances(n, env) {
  const ports = await Promise.all(Array.from({ length: n }, () => parts.freePort()));
  const servers = await Promise.all(ports.map((port) => parts.startServer(port, env)));
  return {
    ports,
    servers,
    kill: (k) => servers[k].child.kill('SIGKILL'),
    restart: async (k) => (servers[k] = await parts.startServer(ports[k], env)),
    stop: () => Promise.all(servers.map((server) => parts.stopServer(server))),
  };
}

/** A fresh database on the server at `adminUrl`, with the ids its enquiries table holds. */
export async function freshDatabase(adminUrl) {
  const name = `snynet_instances_${process.pid}_${Date.now()}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async ids() {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const { rows } = await client.query('SELECT id FROM enquiries WHERE NOT spam');
      await client.end();
      return new Set(rows.map((row) => row.id));
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** tests/helpers/smtp-sink-server.mjs on `port`, keeping every message's raw text. */
export async function startMailSink(port) {
  const child = spawn(process.execPath, ['tests/helpers/smtp-sink-server.mjs'], {
    env: { ...process.env, SMTP_SINK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const raw = [];
  const lines = createInterface({ input: child.stdout });
  await new Promise((resolve) =>
    lines.on('line', (line) => {
      if (line.startsWith('LISTENING ')) resolve();
      else if (line.startsWith('{')) raw.push(JSON.parse(line).raw);
    }),
  );
  return {
    raw,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** How many messages carry each enquiry id (the X-Enquiry-Id header). */
export function idsInMail(raw) {
  const counts = new Map();
  for (const message of raw) {
    const id = /^X-Enquiry-Id: (.+)$/im.exec(message)?.[1]?.trim();
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Polls `check` every 250 ms until it holds or `ms` pass; whether it held. */
export async function until(check, ms) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
