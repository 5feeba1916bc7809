import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'content-watch-'));
let watcher: ChildProcess | undefined;
afterAll(() => {
  watcher?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** How editors' "safe save" writes (VS Code's, vim's, git checkout): a new file renamed over the old. */
function safeSave(file: string, text: string): void {
  const temporary = `${file}.tmp-save`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

describe('npm run dev: the content check while editing', () => {
  it('reports every save, also when the editor replaces the file or git re-creates its folder', async () => {
    cpSync(join(ROOT, CONTENT_DIR), join(dir, CONTENT_DIR), { recursive: true });
    cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
    // A post of the test's own, in a folder of its own.
    const folder = join(dir, CONTENT_DIR, 'posts', 'guides');
    const file = join(folder, 'cdn-guide.mdx');
    const good = readFileSync(
      join(ROOT, CONTENT_DIR, 'posts', 'choosing-a-cdn-for-a-faster-website.mdx'),
      'utf8',
    );
    const bad = good.replace(/^date: .*$/m, 'date: 20/07/2021');
    mkdirSync(folder);
    writeFileSync(file, good);

    let output = '';
    watcher = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'scripts', 'content-check.ts'), '--watch'],
      { cwd: dir, env: { ...process.env, CONTENT_DIR }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    watcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    watcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const count = (text: string) => output.split(text).length - 1;
    const poll = { timeout: 20_000, interval: 50 };
    const OK = 'files checked, no problems';
    const BROKEN = `${CONTENT_DIR}/posts/guides/cdn-guide.mdx:`;

    await expect.poll(() => count(OK), poll).toBe(1);
    safeSave(file, bad);
    await expect.poll(() => count(BROKEN), poll).toBe(1);
    safeSave(file, good);
    await expect.poll(() => count(OK), poll).toBe(2);
    // Before the fix, the watch followed the replaced file and this save went unreported.
    safeSave(file, bad);
    await expect.poll(() => count(BROKEN), poll).toBe(2);

    // git checkout of another branch: the folder goes, then comes back with the post in it.
    rmSync(folder, { recursive: true });
    await expect.poll(() => count(OK), poll).toBe(3);
    mkdirSync(folder);
    writeFileSync(file, bad);
    await expect.poll(() => count(BROKEN), poll).toBe(3);
    safeSave(file, good);
    await expect.poll(() => count(OK), poll).toBe(4);
  }, 60_000);
});
