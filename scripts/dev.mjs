// `npm run dev`: next dev serves the site while contentlayer2 regenerates the typed data and the
// content check re-runs on every save, printing any problem in plain words. (contentlayer2's
// Next plugin would do the regeneration, but it breaks Turbopack in Next 16.)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { contentlayerOutputFilter } from './dev-output.mjs';
import { devPort, localOrigin, warmUpNewAddresses } from './dev-warm-up.mjs';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const children = [
  spawn(bin('tsx'), ['scripts/content-check.ts', '--watch'], { stdio: 'inherit' }),
  spawn(process.execPath, [fileURLToPath(new URL('contentlayer.mjs', import.meta.url)), 'dev'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
  // Its output passes through unchanged (colours kept) so the address it settles on is known.
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  }),
];
let origin = `http://localhost:${devPort(process.argv.slice(2), process.env)}`;
children[2].stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  origin = localOrigin(String(chunk).replace(/\x1b\[[0-9;]*m/g, '')) ?? origin;
});
const contentlayer = children[1];
for (const [from, to] of [
  [contentlayer.stdout, process.stdout],
  [contentlayer.stderr, process.stderr],
]) {
  const filter = contentlayerOutputFilter();
  createInterface({ input: from }).on('line', (line) => {
    for (const shown of filter(line)) to.write(`${shown}\n`);
  });
}

warmUpNewAddresses({ origin: () => origin });

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
