// Loaded into every Node process of a benchmarked command (NODE_OPTIONS=--import): records the
// process's peak resident memory when it exits. (Polling /proc from outside stalls the build on
// this machine, so each process reports its own.)
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const log = process.env.BENCH_RSS_LOG;
  if (log) appendFileSync(log, `${process.pid} ${process.resourceUsage().maxRSS * 1024}\n`);
});
