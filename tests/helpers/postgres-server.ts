import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * The machine's PostgreSQL cluster, as .ci/run starts it (`pg_ctlcluster <version> main`), to
 * stop and start in the middle of a test. Needs the rights .ci/run has (root in CI).
 */
export function postgresCluster() {
  const version = readdirSync('/usr/lib/postgresql')
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b))
    .at(-1);
  if (!version) throw new Error('No PostgreSQL under /usr/lib/postgresql (see .ci/run).');
  // `status` exits 0 while the cluster runs, 3 when it is down.
  const running = () => spawnSync('pg_ctlcluster', [version, 'main', 'status']).status === 0;
  const ctl = (...args: string[]) =>
    execFileSync('pg_ctlcluster', [version, 'main', ...args], { stdio: 'pipe' });
  return {
    /** Fast shutdown: open connections are cut, as in a restart or failover. */
    stop: () => ctl('stop', '-m', 'fast'),
    /** Returns once the server accepts connections (pg_ctlcluster waits); nothing if it runs. */
    start: () => (running() ? undefined : ctl('start')),
  };
}
