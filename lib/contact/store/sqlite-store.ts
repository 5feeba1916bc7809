import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { NO_MAX, fromRows, oldestFirst, type EnquiryStore, type NewEnquiry } from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS enquiries (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  spam INTEGER NOT NULL DEFAULT 0,
  spam_reason TEXT,
  notify_status TEXT NOT NULL DEFAULT 'pending',
  notify_attempts INTEGER NOT NULL DEFAULT 0,
  notify_error TEXT,
  notify_claimed_until TEXT
);
CREATE INDEX IF NOT EXISTS enquiries_pending ON enquiries (notify_status, created_at);
`;

/**
 * A real SQLite file. WAL: readers never block the writer. synchronous = FULL: every commit is
 * on disk before the visitor is thanked, even if the OS crashes (NORMAL could roll back the last
 * acknowledged enquiries); its cost is in docs/reliability.md.
 */
export function openSqliteStore(path: string): EnquiryStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  // Files made before the outbox claimed rows lack the column (CREATE TABLE IF NOT EXISTS keeps
  // an old table as it is).
  const columns: unknown[] = db.prepare('PRAGMA table_info(enquiries)').all();
  if (
    !columns.some(
      (c) =>
        typeof c === 'object' && c !== null && 'name' in c && c.name === 'notify_claimed_until',
    )
  )
    db.exec('ALTER TABLE enquiries ADD COLUMN notify_claimed_until TEXT');
  const insert = db.prepare(
    `INSERT INTO enquiries (id, created_at, name, email, phone, company, message, spam, spam_reason, notify_status)
     VALUES (@id, @createdAt, @name, @email, @phone, @company, @message, @spam, @spamReason, @status)`,
  );
  const rows = (sql: string, ...params: unknown[]) => fromRows(db.prepare(sql).all(...params));
  const insertRow = ({ id, createdAt, enquiry, spamReason }: NewEnquiry) =>
    insert.run({
      id,
      createdAt,
      ...enquiry,
      spam: spamReason ? 1 : 0,
      spamReason,
      status: spamReason ? 'skipped' : 'pending',
    });
  // A synchronous transaction: nothing else in this process runs between the look and the insert,
  // and SQLite's write lock covers other processes.
  const saveUnlessSame = db.transaction((entry: NewEnquiry, since: string) => {
    const { name, email, message } = entry.enquiry;
    const same = rows(
      `SELECT * FROM enquiries WHERE email = @email AND name = @name AND message = @message
         AND created_at >= @since ORDER BY created_at DESC LIMIT 1`,
      { name, email, message, since },
    )[0];
    if (!same) insertRow(entry);
    return same;
  });
  return {
    kind: 'sqlite',
    async save(entry: NewEnquiry) {
      insertRow(entry);
    },
    async get(id) {
      return rows('SELECT * FROM enquiries WHERE id = ?', id)[0];
    },
    async saveUnlessSame(entry, since) {
      return saveUnlessSame(entry, since);
    },
    async list({ includeSpam = false } = {}) {
      return rows(
        `SELECT * FROM enquiries ${includeSpam ? '' : 'WHERE spam = 0'} ORDER BY created_at, id`,
      );
    },
    async pending(limit = 100) {
      return rows(
        `SELECT * FROM enquiries WHERE notify_status = 'pending' ORDER BY created_at, id LIMIT ?`,
        limit,
      );
    },
    async claimPending({ now, until, limit = 100, maxAttempts = NO_MAX }) {
      // One statement, so SQLite's write lock makes it atomic, across processes too. ISO times
      // from toISOString() compare correctly as text.
      return oldestFirst(
        rows(
          `UPDATE enquiries SET notify_claimed_until = @until
           WHERE id IN (
             SELECT id FROM enquiries
             WHERE notify_status = 'pending'
               AND (notify_claimed_until IS NULL OR notify_claimed_until < @now)
               AND notify_attempts < @maxAttempts
             ORDER BY created_at, id LIMIT @limit)
           RETURNING *`,
          { now, until, limit, maxAttempts },
        ),
      );
    },
    async markSent(id) {
      db.prepare(
        `UPDATE enquiries SET notify_status = 'sent', notify_attempts = notify_attempts + 1, notify_error = NULL, notify_claimed_until = NULL WHERE id = ?`,
      ).run(id);
    },
    async markFailed(id, error, at) {
      db.prepare(
        `UPDATE enquiries SET notify_attempts = notify_attempts + 1, notify_error = ?, notify_claimed_until = ? WHERE id = ?`,
      ).run(error, at, id);
    },
    async deleteOlderThan(before) {
      return db
        .prepare(`DELETE FROM enquiries WHERE created_at < ? AND notify_status <> 'pending'`)
        .run(before).changes;
    },
    async findByEmail(email) {
      return rows(
        'SELECT * FROM enquiries WHERE lower(email) = lower(?) ORDER BY created_at, id',
        email.trim(),
      );
    },
    async forgetEmail(email) {
      return db.prepare('DELETE FROM enquiries WHERE lower(email) = lower(?)').run(email.trim())
        .changes;
    },
    async count() {
      const row: unknown = db.prepare('SELECT COUNT(*) AS n FROM enquiries').get();
      return typeof row === 'object' && row !== null && 'n' in row ? Number(row.n) : 0;
    },
    async close() {
      db.close();
    },
  };
}
