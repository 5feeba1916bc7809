import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentlayerOutputFilter } from '../scripts/dev-output.mjs';
import { contentAddresses, devPort, localOrigin } from '../scripts/dev-warm-up.mjs';
import { projectCopy } from './helpers/project-copy';

let dir: string | undefined;
let dev: ChildProcess | undefined;
afterAll(async () => {
  // The dev script and its children share a process group: stop them all, and let them finish
  // writing .next before the folder goes.
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev?.once('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await exited;
    // npm exits before next's own workers do; they may still be writing into .next.
    const pid = dev.pid;
    await vi.waitFor(
      () => {
        try {
          process.kill(-pid, 0);
        } catch {
          return; // no process left in the group
        }
        throw new Error(`next dev's processes (group ${pid}) are still running`);
      },
      { timeout: 15_000, interval: 100 },
    );
  }
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('npm run dev while an editor adds a post', () => {
  it('opens a new post and its new tag on the first visit, and says where it is', async () => {
    dir = projectCopy('dev-server-', { hardLinks: true });
    const port = await freePort();
    let output = '';
    dev = spawn('npm', ['run', 'dev', '--', '-p', String(port)], {
      cwd: dir,
      detached: true,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const origin = `http://localhost:${port}`;
    const status = (path: string) =>
      fetch(`${origin}${path}`).then(
        (r) => r.status,
        () => 0,
      );
    const poll = { timeout: 90_000, interval: 200 };
    // An editor has the blog open: Next has listed the posts' addresses once.
    await expect.poll(() => status('/blog/best-cdn-providers-2021'), poll).toBe(200);

    const existing = readFileSync(join(dir, 'content/posts/best-cdn-providers-2021.mdx'), 'utf8');
    writeFileSync(
      join(dir, 'content/posts/our-new-office.mdx'),
      existing
        .replace(/^title: .*$/m, 'title: Our new office')
        .replace(/^tags: .*$/m, 'tags: [company-news]'),
    );
    await expect.poll(() => output, poll).toContain(`✓ ready: ${origin}/blog/our-new-office`);
    await expect.poll(() => output, poll).toContain(`✓ ready: ${origin}/blog/tags/company-news`);
    // The editor's first visit, as the message invites: the post, not "Page not found".
    expect(await status('/blog/our-new-office')).toBe(200);
    expect(await status('/blog/tags/company-news')).toBe(200);
    // The dev server's own requests stay out of the editor's log.
    expect(output).not.toContain('dev-warm-up');
  }, 180_000);
});

describe('dev script helpers', () => {
  it('lists each post and tag address from contentlayer’s output', () => {
    const index = JSON.stringify([
      { url: '/blog/a', tags: ['security', 'email'] },
      { url: '/blog/b', tags: ['email'] },
    ]);
    expect([...contentAddresses(index)]).toEqual([
      '/blog/a',
      '/blog/tags/security',
      '/blog/tags/email',
      '/blog/b',
    ]);
  });

  it('learns the address next dev settled on, which moves when 3000 is taken', () => {
    const printed =
      '▲ Next.js 16.4.6 (Turbopack)\n- Local:         http://localhost:3001\n- Network: …';
    expect(localOrigin(printed)).toBe('http://localhost:3001');
    expect(localOrigin('✓ Ready in 1076ms')).toBeUndefined();
  });

  it('finds the port however it was given', () => {
    expect(devPort(['-p', '3001'], {})).toBe(3001);
    expect(devPort(['--port=3002'], {})).toBe(3002);
    expect(devPort([], { PORT: '3003' })).toBe(3003);
    expect(devPort([], {})).toBe(3000);
  });

  it('keeps contentlayer’s description of a broken post and drops its internals', () => {
    // What contentlayer2 dev printed for a date written 20/07/2021.
    const printed = [
      'File updated: posts/zz-broken.mdx',
      'Error: Found 1 problems in 1 documents.',
      " └── 1 documents contain field data which didn't match the structure defined in the document type definition.",
      '     • "posts/zz-broken.mdx" of type "Post" has the following incompatible fields:',
      '       • date: "20/07/2021" ',
      'SourceFetchDataError: {',
      '  "_tag": "HandledFetchDataError"',
      '}',
      'This is possibly a bug in Contentlayer. Please open an issue.',
      'Generated 9 documents in .contentlayer',
    ];
    const filter = contentlayerOutputFilter();
    expect(printed.flatMap(filter)).toEqual([
      'File updated: posts/zz-broken.mdx',
      '⚠ The browser keeps showing the last good version of this file until the problem is fixed:',
      printed[2],
      printed[3],
      printed[4],
      'Generated 9 documents in .contentlayer',
    ]);
  });
});
