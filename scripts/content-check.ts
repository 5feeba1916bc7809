// `npm run content:check`: every content rule, in a second, without building the site.
// `--watch` re-checks whenever a file under content/ or public/ changes (npm run dev uses it).
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../lib/content/check-content';
import { formatReport } from '../lib/content/problems';

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
 * went unreported. A folder's watcher sees every file saved into it; new folders are picked up.
 */
function watchFolders(dirs: string[], onChange: () => void): void {
  const watched = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watched.has(dir)) return;
    try {
      const watcher = watch(dir, () => {
        addTree(dir);
        onChange();
      });
      watcher.on('error', () => {
        watcher.close();
        watched.delete(dir);
      });
      watched.set(dir, watcher);
    } catch {
      // The folder went away between listing and watching.
    }
  };
  const addTree = (dir: string) => {
    add(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) addTree(join(dir, entry.name));
  };
  for (const dir of dirs) addTree(dir);
}

if (process.argv.includes('--watch')) {
  runOnce();
  let timer: NodeJS.Timeout | undefined;
  watchFolders(['content', 'public'], () => {
    clearTimeout(timer);
    timer = setTimeout(runOnce, 150);
  });
} else {
  process.exit(runOnce() ? 0 : 1);
}
