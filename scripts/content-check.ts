// `npm run content:check`: every content rule, in a second, without building the site.
// `--watch` re-checks whenever a file in the content folder or public/ changes (npm run dev uses it).
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../lib/settings';
import { checkContent } from '../lib/content-check/check-content';
import { formatReport } from '../lib/problems/problems';

const root = process.cwd();

function runOnce(): boolean {
  const started = performance.now();
  const { problems, fileCount } = checkContent(root);
  const report = formatReport(problems, fileCount);
  const took = `(${Math.round(performance.now() - started)} ms)`;
  if (problems.length > 0) console.error(`\n${report}\n`);
  else console.log(`${report} ${took}`);
  return problems.length === 0;
}

/**
 * Calls `onChange` for any change under `dirs`. One watcher per folder, not one recursive watch:
 * Node 20's recursive watch on Linux follows files, and an editor's "safe save" (write a new
 * file, rename it over the old) left it watching the deleted one, so that file's later saves
 * went unreported. A folder's watcher sees every file saved into it. After each change, folders
 * that are gone or were replaced (git checkout removes and re-creates them) are watched afresh.
 */
function watchFolders(dirs: string[], onChange: () => void): void {
  const watched = new Map<string, { watcher: FSWatcher; inode: number }>();
  const inodeOf = (dir: string) => {
    try {
      return statSync(dir).ino;
    } catch {
      return undefined;
    }
  };
  const addTree = (dir: string) => {
    const inode = inodeOf(dir);
    if (inode === undefined) return;
    if (watched.get(dir)?.inode !== inode) {
      watched.get(dir)?.watcher.close();
      try {
        const watcher = watch(dir, refresh);
        watcher.on('error', () => watcher.close());
        watched.set(dir, { watcher, inode });
      } catch {
        return; // gone between the stat and the watch
      }
    }
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) addTree(join(dir, entry.name));
  };
  function refresh() {
    for (const [dir, { watcher, inode }] of watched) {
      if (inodeOf(dir) === inode) continue;
      watcher.close();
      watched.delete(dir);
    }
    try {
      for (const dir of dirs) addTree(dir);
    } catch {
      // A folder vanished mid-walk; the event its removal sends walks again.
    }
    onChange();
  }
  for (const dir of dirs) addTree(dir);
}

if (process.argv.includes('--watch')) {
  let timer: NodeJS.Timeout | undefined;
  // Watching before the first report: a file saved the moment it appears is checked too.
  watchFolders([CONTENT_DIR, 'public'], () => {
    clearTimeout(timer);
    timer = setTimeout(runOnce, 150);
  });
  runOnce();
} else {
  process.exit(runOnce() ? 0 : 1);
}
