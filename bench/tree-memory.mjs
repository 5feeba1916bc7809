// Samples the resident memory of a process and all its descendants from /proc, four times a
// second: the peak of their sum is what the machine must have free for a build. (Each process's
// own getrusage peak misleads: a child forked from a 1 GB parent reports 1 GB before exec.)
import { readdir, readFile } from 'node:fs/promises';

const PAGE = 4096;

async function snapshot() {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const rows = await Promise.all(
    pids.map(async (pid) => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        // The command name may hold spaces or parentheses; the fields after its last ')' don't.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const statm = await readFile(`/proc/${pid}/statm`, 'utf8');
        return {
          pid: Number(pid),
          ppid: Number(fields[1]),
          name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
          rss: Number(statm.split(' ')[1]) * PAGE,
        };
      } catch {
        return undefined; // exited between readdir and read
      }
    }),
  );
  return rows.filter((row) => row !== undefined);
}

function treeOf(rows, root) {
  const children = new Map();
  for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row]);
  const tree = [];
  const queue = rows.filter((row) => row.pid === root);
  while (queue.length > 0) {
    const row = queue.pop();
    tree.push(row);
    queue.push(...(children.get(row.pid) ?? []));
  }
  return tree;
}

/**
 * Starts sampling the tree under `rootPid`; `stop()` returns its peaks in bytes and, for the
 * moment of the tree's peak, the processes that made it up (largest first).
 */
export function sampleTree(rootPid, intervalMs = 250) {
  let treePeak = 0;
  let processPeak = 0;
  let atPeak = [];
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    const tree = treeOf(await snapshot(), rootPid);
    const total = tree.reduce((sum, row) => sum + row.rss, 0);
    if (total > treePeak) {
      treePeak = total;
      atPeak = tree.filter((row) => row.rss > 0).sort((a, b) => b.rss - a.rss);
    }
    processPeak = Math.max(processPeak, ...tree.map((row) => row.rss));
    busy = false;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { treePeak, processPeak, atPeak };
    },
  };
}
