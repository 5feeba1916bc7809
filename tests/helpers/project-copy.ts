import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();

/**
 * The project as a fresh checkout would have it (node_modules linked, nothing built). `next dev`
 * (Turbopack) refuses a node_modules symlinked from outside the project, so `hardLinks` gives it
 * a tree of hard links instead: a real folder made quickly, sharing the files' disk space.
 */
export function projectCopy(prefix: string, { hardLinks = false } = {}): string {
  // Hard links cannot cross file systems, so that copy lives inside the project (test-results/
  // is git-ignored, and left alone by lint, formatting and the type check).
  const parent = hardLinks ? join(ROOT, 'test-results', 'projects') : tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, prefix));
  // What git sees (committed or new, never what .gitignore names): no build output comes along.
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.split('\0');
  for (const file of files)
    if (file && existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(dir, file));
  const linked =
    hardLinks &&
    spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]).status === 0;
  if (!linked) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
