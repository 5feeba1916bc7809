// `npm run bench:dev-interrupts`: kills `npm run dev` (kill -9 of its whole process tree) 20
// times while contentlayer2 rewrites its output after a save, and shows that `npm run dev` starts
// and serves the site after each kill. Counts how many kills left half-written output behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy } from './site-copy.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const PORT = Number(process.env.PORT ?? 3190);
const CONTENT_DIR = 'tests/fixtures/site';
const dir = makeSiteCopy('dev-interrupts');
const post = join(dir, CONTENT_DIR, 'posts', 'choosing-a-cdn-for-a-faster-website.mdx');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function startDev() {
  return spawn('npm', ['run', 'dev', '--', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, CONTENT_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
}

async function serves(child, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const status = await fetch(`http://127.0.0.1:${PORT}/blog`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return true;
    await sleep(500);
  }
  return false;
}

/** Any JSON file of contentlayer's output that does not parse: what a kill mid-write leaves. */
function halfWritten(folder = join(dir, '.contentlayer')) {
  return readdirSync(folder).some((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return halfWritten(path);
    if (!name.endsWith('.json')) return false;
    try {
      JSON.parse(readFileSync(path, 'utf8'));
      return false;
    } catch {
      return true;
    }
  });
}

let started = 0;
let broken = 0;
let child = startDev();
if (!(await serves(child))) throw new Error('npm run dev did not start even once');
for (let round = 1; round <= ROUNDS; round++) {
  // A save, then the kill while contentlayer2 dev regenerates (it starts within ~100 ms).
  writeFileSync(post, `${readFileSync(post, 'utf8')}\nEdited in round ${round}.\n`);
  await sleep(50 + Math.random() * 400);
  process.kill(-child.pid, 'SIGKILL');
  await sleep(500);
  const leftBroken = halfWritten();
  if (leftBroken) broken++;
  child = startDev();
  const ok = await serves(child);
  if (ok) started++;
  console.log(
    `round ${round}: ${leftBroken ? 'half-written output left, ' : ''}${ok ? 'dev started and served /blog' : 'dev did NOT start'}`,
  );
}
process.kill(-child.pid, 'SIGINT');
console.log(
  `\n${started} of ${ROUNDS}: npm run dev started after a kill -9 during regeneration (${broken} of the kills left half-written output).`,
);
process.exit(started === ROUNDS ? 0 : 1);
