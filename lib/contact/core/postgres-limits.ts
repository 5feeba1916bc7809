import type pg from 'pg';
import { openPool, schemaOnce } from '../store/postgres-pool';
import type { Limiter } from './rate-limit';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS contact_limits (
  key TEXT PRIMARY KEY,
  window_end TIMESTAMPTZ NOT NULL,
  hits INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS contact_limits_window_end ON contact_limits (window_end);
`;

const PRESENT = `SELECT to_regclass('contact_limits') IS NOT NULL AS ok`;

// One statement per check, so every instance counts in the same row. A window opens at a key's
// first hit and lasts windowMs (fixed, not sliding); the first hit after it ends opens a new one.
// Ended windows of other keys are deleted on the way, a few at a time, so the table holds only
// live windows and no sweep job is needed; by one check at a time (a try-lock, never a wait):
// two checks each deleting the other's key would deadlock.
const TAKE = `
WITH purger AS (
  SELECT pg_try_advisory_xact_lock(hashtext('snynet_contact_limits_purge')) AS got
), ended AS (
  DELETE FROM contact_limits WHERE key IN (
    SELECT key FROM contact_limits WHERE window_end <= $2 AND key <> $1
      AND (SELECT got FROM purger)
    LIMIT 50 FOR UPDATE SKIP LOCKED)
), hit AS (
  INSERT INTO contact_limits AS l (key, window_end, hits) VALUES ($1, $3, 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN l.window_end <= $2 THEN 1 ELSE l.hits + 1 END,
    window_end = CASE WHEN l.window_end <= $2 THEN $3 ELSE l.window_end END
  RETURNING hits, window_end
)
SELECT hits, window_end FROM hit`;

type Window = { limit: number; windowMs: number };

/** A limit counted in PostgreSQL, shared by every instance on the database. */
export class PostgresLimiter implements Limiter {
  constructor(
    private readonly pool: pg.Pool,
    private readonly ready: () => Promise<unknown>,
    private readonly scope: string,
    private readonly window: Window,
  ) {}

  async take(key: string, now: number): Promise<number> {
    await this.ready();
    const result = await this.pool.query(TAKE, [
      `${this.scope}:${key}`,
      new Date(now),
      new Date(now + this.window.windowMs),
    ]);
    const row: unknown = result.rows[0];
    if (typeof row !== 'object' || row === null || !('hits' in row) || !('window_end' in row))
      throw new Error('contact: the limit counter returned no row');
    if (Number(row.hits) <= this.window.limit) return 0;
    const end =
      row.window_end instanceof Date
        ? row.window_end.getTime()
        : Date.parse(String(row.window_end));
    return Math.max(1, Math.ceil((end - now) / 1000));
  }
}

/** The per-client limit and the site-wide ceiling on one small pool of their own. */
export function openPostgresLimits(
  connectionString: string,
  { client, site }: { client: Window; site: Window },
): { limiter: PostgresLimiter; ceiling: PostgresLimiter; close: () => Promise<void> } {
  const pool = openPool(connectionString, 4);
  const ready = schemaOnce(pool, SCHEMA, PRESENT);
  return {
    limiter: new PostgresLimiter(pool, ready, 'client', client),
    ceiling: new PostgresLimiter(pool, ready, 'site', site),
    close: () => pool.end(),
  };
}
