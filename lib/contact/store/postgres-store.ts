import { openPool, schemaOnce } from './postgres-pool';
import { NO_MAX, fromRows, oldestFirst, type EnquiryStore, type NewEnquiry } from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS enquiries (
  id TEXT PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  spam BOOLEAN NOT NULL DEFAULT FALSE,
  spam_reason TEXT,
  notify_status TEXT NOT NULL DEFAULT 'pending',
  notify_attempts INTEGER NOT NULL DEFAULT 0,
  notify_error TEXT,
  notify_claimed_until TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS enquiries_pending ON enquiries (notify_status, created_at);
-- Tables made before the outbox claimed rows.
ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS notify_claimed_until TIMESTAMPTZ;
`;

// The newest column stands for the whole schema: its table and index came first.
const PRESENT = `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
  AND table_name = 'enquiries' AND column_name = 'notify_claimed_until') AS ok`;

const INSERT = `INSERT INTO enquiries (id, created_at, name, email, phone, company, message, spam, spam_reason, notify_status)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;

const insertParams = ({ id, createdAt, enquiry, spamReason }: NewEnquiry) => [
  id,
  createdAt,
  enquiry.name,
  enquiry.email,
  enquiry.phone,
  enquiry.company,
  enquiry.message,
  spamReason !== null,
  spamReason,
  spamReason ? 'skipped' : 'pending',
];

export { CONNECT_TIMEOUT_MS, STATEMENT_TIMEOUT_MS } from './postgres-pool';

/** For hosts without a lasting disk (serverless, several instances): the same store on PostgreSQL. */
export function openPostgresStore(connectionString: string): EnquiryStore {
  const pool = openPool(connectionString);
  // The table is made on first use.
  const schemaReady = schemaOnce(pool, SCHEMA, PRESENT);
  const query = async (sql: string, params: unknown[] = []) => {
    await schemaReady();
    const result = await pool.query(sql, params);
    return fromRows(result.rows);
  };
  return {
    kind: 'postgres',
    async save(entry: NewEnquiry) {
      await query(INSERT, insertParams(entry));
    },
    async get(id) {
      return (await query('SELECT * FROM enquiries WHERE id = $1', [id]))[0];
    },
    async saveUnlessSame(entry, since) {
      await schemaReady();
      const client = await pool.connect();
      // Lost between two statements, the connection reports here rather than to a query.
      let broken: Error | undefined;
      const lost = (error: Error) => (broken = error);
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        // Two servers may get the two copies at once: a lock on this sender's address makes the
        // second wait for the first's insert, and then see it.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [entry.enquiry.email]);
        const { name, email, message } = entry.enquiry;
        const same = fromRows(
          (
            await client.query(
              `SELECT * FROM enquiries WHERE email = $1 AND name = $2 AND message = $3
                 AND created_at >= $4 ORDER BY created_at DESC LIMIT 1`,
              [email, name, message, since],
            )
          ).rows,
        )[0];
        if (!same) await client.query(INSERT, insertParams(entry));
        await client.query('COMMIT');
        return same;
      } catch (error) {
        broken ??= error instanceof Error ? error : new Error(String(error));
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', lost);
        // A connection that failed is closed rather than handed to the next request.
        client.release(broken);
      }
    },
    async list({ includeSpam = false } = {}) {
      return query(
        `SELECT * FROM enquiries ${includeSpam ? '' : 'WHERE NOT spam'} ORDER BY created_at, id`,
      );
    },
    async pending(limit = 100) {
      return query(
        `SELECT * FROM enquiries WHERE notify_status = 'pending' ORDER BY created_at, id LIMIT $1`,
        [limit],
      );
    },
    async claimPending({ now, until, limit = 100, maxAttempts = NO_MAX }) {
      // SKIP LOCKED: a row another server is claiming this instant is left to it, and a row it
      // has just claimed fails the WHERE when re-checked under the lock.
      return oldestFirst(
        await query(
          `UPDATE enquiries SET notify_claimed_until = $2
           WHERE id IN (
             SELECT id FROM enquiries
             WHERE notify_status = 'pending'
               AND (notify_claimed_until IS NULL OR notify_claimed_until < $1)
               AND notify_attempts < $4
             ORDER BY created_at, id LIMIT $3
             FOR UPDATE SKIP LOCKED)
           RETURNING *`,
          [now, until, limit, maxAttempts],
        ),
      );
    },
    async markSent(id) {
      await query(
        `UPDATE enquiries SET notify_status = 'sent', notify_attempts = notify_attempts + 1, notify_error = NULL, notify_claimed_until = NULL WHERE id = $1`,
        [id],
      );
    },
    async markFailed(id, error, at) {
      await query(
        `UPDATE enquiries SET notify_attempts = notify_attempts + 1, notify_error = $2, notify_claimed_until = $3 WHERE id = $1`,
        [id, error, at],
      );
    },
    async deleteOlderThan(before) {
      await schemaReady();
      const result = await pool.query(
        `DELETE FROM enquiries WHERE created_at < $1 AND notify_status <> 'pending'`,
        [before],
      );
      return result.rowCount ?? 0;
    },
    async findByEmail(email) {
      return query(
        'SELECT * FROM enquiries WHERE lower(email) = lower($1) ORDER BY created_at, id',
        [email.trim()],
      );
    },
    async forgetEmail(email) {
      await schemaReady();
      const result = await pool.query('DELETE FROM enquiries WHERE lower(email) = lower($1)', [
        email.trim(),
      ]);
      return result.rowCount ?? 0;
    },
    async count() {
      await schemaReady();
      const result = await pool.query('SELECT COUNT(*)::int AS n FROM enquiries');
      const row: unknown = result.rows[0];
      return typeof row === 'object' && row !== null && 'n' in row ? Number(row.n) : 0;
    },
    async close() {
      await pool.end();
    },
  };
}
