import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { projectCopy } from './helpers/project-copy';

let dir: string | undefined;
let dev: ChildProcess | undefined;
afterAll(async () => {
  // npm, concurrently and its three commands share a process group: stop them all, and let them
  // finish writing .next-server before the folder goes.
  if (dev?.pid && dev.exitCode === null) {
    const pid = dev.pid;
    process.kill(-pid, 'SIGTERM');
    await vi.waitFor(
      () => {
        try {
          process.kill(-pid, 0);
        } catch {
          return; // no process left in the group
        }
        throw new Error(`npm run dev's processes (group ${pid}) are still running`);
      },
      { timeout: 15_000, interval: 100 },
    );
  }
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}, 30_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('npm run dev while an editor adds a post', () => {
  it('opens a new post and its new tag on the first visit; unknown addresses are 404', async () => {
    dir = projectCopy('dev-server-', { hardLinks: true });
    const port = await freePort();
    let output = '';
    dev = spawn('npm', ['run', 'dev', '--', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: dir,
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const origin = `http://127.0.0.1:${port}`;
    const requests: string[] = [];
    const status = (path: string) => {
      requests.push(path);
      return fetch(`${origin}${path}`).then(
        (r) => r.status,
        () => 0,
      );
    };
    const poll = { timeout: 90_000, interval: 200 };
    // An editor has the blog open: Next has listed the posts' addresses once.
    await expect.poll(() => status('/blog/best-cdn-providers-2021'), poll).toBe(200);
    expect(await status('/blog/tags/security')).toBe(200);

    const existing = readFileSync(join(dir, 'content/posts/best-cdn-providers-2021.mdx'), 'utf8');
    writeFileSync(
      join(dir, 'content/posts/our-new-office.mdx'),
      existing
        .replace(/^title: .*$/m, 'title: Our new office')
        .replace(/^tags: .*$/m, 'tags: [company-news]'),
    );
    // contentlayer2 dev has written the new post's data: the editor saves, then looks.
    const generated = join(dir, '.contentlayer/generated/Post/posts__our-new-office.mdx.json');
    await expect.poll(() => existsSync(generated), poll).toBe(true);
    await expect.poll(() => output, poll).toMatch(/Generated 10 documents/);
    // …and next dev has taken the change in, as it does while the editor switches to the browser.
    await expect
      .poll(() => output.slice(output.indexOf('Generated 10 documents')), poll)
      .toMatch(/Compiled/);
    // The editor's first visit: the post and its tag page, not "Page not found".
    expect(await status('/blog/our-new-office'), output).toBe(200);
    expect(await status('/blog/tags/company-news'), output).toBe(200);
    expect(requests.filter((path) => path.includes('our-new-office'))).toHaveLength(1);
    // Addresses of no post or tag still answer 404.
    expect(await status('/blog/no-such-post')).toBe(404);
    expect(await status('/blog/tags/no-such-tag')).toBe(404);
  }, 180_000);
});
