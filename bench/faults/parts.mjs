// The parts `npm run bench:faults` (bench/faults.mjs) puts under load: `next start` of the
// current build with its own settings, a real SMTP server process (tests/helpers), a submitter.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

/**
 * A `next start` child and everything it has printed.
 * @typedef {{ child: import('node:child_process').ChildProcess; log: string; exited: boolean }} Server
 */

/** @returns {Promise<number>} */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      // Listening on TCP, so an address with a port.
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });

/**
 * `next start` on 127.0.0.1:`port`; resolves once it answers. Its log is kept in `log`.
 * @param {number} port
 * @param {Record<string, string>} env
 * @returns {Promise<Server>}
 */
export async function startServer(port, env) {
  const child = spawn(
    './node_modules/.bin/next',
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SMTP_URL: '', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const server = { child, log: '', exited: false };
  child.stdout.on('data', (d) => (server.log += d));
  child.stderr.on('data', (d) => (server.log += d));
  child.on('exit', () => (server.exited = true));
  for (;;) {
    if (server.exited) throw new Error(`next start exited:\n${server.log}`);
    const up = await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * @param {Server} server
 * @returns {Promise<void>}
 */
export const stopServer = (server) =>
  new Promise((resolve) => {
    if (server.exited) return resolve();
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
  });

/**
 * One enquiry; `{ status, id }`, status 0 when no whole answer came (connection refused, or cut
 * before the body: a visitor who never saw the reference was not told it was saved).
 * @param {number} port
 * @param {number} i
 * @param {string} [forwardedFor]
 * @returns {Promise<{ status: number; id?: string }>}
 */
export async function submit(port, i, forwardedFor) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/contact`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({
        name: `Fault bench ${i}`,
        email: `bench${i}@example.my`,
        message: `Fault bench enquiry ${i} ${randomUUID()}`,
      }),
    });
    const body = await response.json();
    return { status: response.status, id: body.id };
  } catch {
    return { status: 0 };
  }
}

/**
 * tests/helpers/smtp-sink-server.mjs on `port`; `received()` counts the messages it took.
 * @param {number} port
 */
export async function startSmtp(port) {
  const child = spawn(process.execPath, ['tests/helpers/smtp-sink-server.mjs'], {
    env: { ...process.env, SMTP_SINK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let received = 0;
  const lines = createInterface({ input: child.stdout });
  await /** @type {Promise<void>} */ (
    new Promise((resolve) =>
      lines.on('line', (line) => {
        if (line.startsWith('LISTENING ')) resolve();
        else if (line.startsWith('{')) received += 1;
      }),
    )
  );
  return { received: () => received, stop: () => child.kill('SIGTERM') };
}

/** The machine's PostgreSQL cluster (as .ci/run starts it), or undefined without the rights. */
export function postgresCluster() {
  let version;
  try {
    version = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      // `-` compares the version directories' names as numbers.
      .sort(/** @type {(a: any, b: any) => number} */ ((a, b) => a - b))
      .at(-1);
  } catch {
    return undefined;
  }
  if (!version || process.getuid?.() !== 0) return undefined;
  const running = () => spawnSync('pg_ctlcluster', [version, 'main', 'status']).status === 0;
  return {
    stop: () => execFileSync('pg_ctlcluster', [version, 'main', 'stop', '-m', 'fast']),
    start: () => running() || execFileSync('pg_ctlcluster', [version, 'main', 'start']),
  };
}
