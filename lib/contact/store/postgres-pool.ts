import pg from 'pg';

export const CONNECT_TIMEOUT_MS = 5_000;
export const STATEMENT_TIMEOUT_MS = 10_000;

/**
 * A pool with bounded waits: a database that is down or silent answers the visitor with the 503
 * (and the phone number) within seconds instead of hanging the request.
 */
export function openPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 1000,
  });
  // An idle connection dropped by a restart or failover emits 'error' on the pool; unheard, Node
  // ends the whole server. The pool discards that connection and opens a new one when asked.
  pool.on('error', (error) => {
    console.error(`contact: a PostgreSQL connection was lost (${error.message}); reconnecting`);
  });
  return pool;
}

/**
 * Runs `schema` once per pool, on first use, unless `present` (a query answering `ok`) says it is
 * there already; a failed attempt (database down) is tried again next time. Under a lock, since
 * CREATE TABLE IF NOT EXISTS is not safe against itself; and skipped when present, since even a
 * no-op ALTER TABLE takes the table's strongest lock and deadlocks with other instances' inserts.
 */
export function schemaOnce(pool: pg.Pool, schema: string, present: string): () => Promise<unknown> {
  let ready: Promise<unknown> | undefined;
  const create = async () => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('snynet_contact_schema'))`);
      const found: unknown = (await client.query(present)).rows[0];
      const ok = typeof found === 'object' && found !== null && 'ok' in found && found.ok === true;
      if (!ok) await client.query(schema);
      await client.query('COMMIT');
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release(broken);
    }
  };
  return () =>
    (ready ??= create().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
}
