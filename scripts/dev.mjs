// `npm run dev`: contentlayer2 watches content/ and regenerates the typed data while next dev
// serves it. (contentlayer2's Next plugin would do both, but it breaks Turbopack in Next 16.)
import { spawn } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const children = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit' }),
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
