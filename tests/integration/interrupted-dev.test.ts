import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { leaveInterruptedOutput } from '../helpers/broken-generated';
import { freePort } from '../helpers/next-server';
import { projectCopy } from '../helpers/project-copy';

const copies: string[] = [];
// A hard-linked copy has all of node_modules: removing it takes a while.
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('npm run dev after an interrupted one', () => {
  it('starts and serves the site, although the last run left half-written output', async () => {
    const dir = projectCopy('interrupted-dev-', { hardLinks: true });
    copies.push(dir);
    leaveInterruptedOutput(dir);
    const port = await freePort();
    const child = spawn('npm', ['run', 'dev', '--', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    try {
      let status = 0;
      const deadline = Date.now() + 240_000;
      while (status !== 200 && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        status = await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
          (r) => r.status,
          () => 0,
        );
      }
      expect(status, output).toBe(200);
    } finally {
      // As a person stops it: Ctrl-C to the whole tree, then wait for it to exit.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
      await exited;
    }
  }, 300_000);
});
