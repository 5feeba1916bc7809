import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
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
  it('reports every save of a file, also when the editor replaces the file to save it', async () => {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
    let output = '';
    watcher = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'scripts', 'content-check.ts'), '--watch'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    watcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    watcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const count = (text: string) => output.split(text).length - 1;
    const poll = { timeout: 20_000, interval: 50 };
    const OK = 'files checked, no problems';
    const BROKEN = 'content/posts/best-cdn-providers-2021.mdx:3';

    await expect.poll(() => count(OK), poll).toBe(1);
    const file = join(dir, 'content', 'posts', 'best-cdn-providers-2021.mdx');
    const good = readFileSync(file, 'utf8');
    const bad = good.replace(/^date: .*$/m, 'date: 20/07/2021');

    safeSave(file, bad);
    await expect.poll(() => count(BROKEN), poll).toBe(1);
    safeSave(file, good);
    await expect.poll(() => count(OK), poll).toBe(2);
    // Before the fix, the watch followed the replaced file and this save went unreported.
    safeSave(file, bad);
    await expect.poll(() => count(BROKEN), poll).toBe(2);
  }, 60_000);
});
