import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fromRows, type EnquiryStore, type NewEnquiry } from './store';

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
  notify_error TEXT
);
CREATE INDEX IF NOT EXISTS enquiries_pending ON enquiries (notify_status, created_at);
`;

/** A real SQLite file. WAL: readers never block the writer, and a crash loses no committed row. */
export function openSqliteStore(path: string): EnquiryStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT INTO enquiries (id, created_at, name, email, phone, company, message, spam, spam_reason, notify_status)
     VALUES (@id, @createdAt, @name, @email, @phone, @company, @message, @spam, @spamReason, @status)`,
  );
  const rows = (sql: string, ...params: unknown[]) => fromRows(db.prepare(sql).all(...params));
  return {
    kind: 'sqlite',
    async save({ id, createdAt, enquiry, spamReason }: NewEnquiry) {
      insert.run({
        id,
        createdAt,
        ...enquiry,
        spam: spamReason ? 1 : 0,
        spamReason,
        status: spamReason ? 'skipped' : 'pending',
      });
    },
    async get(id) {
      return rows('SELECT * FROM enquiries WHERE id = ?', id)[0];
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
    async markSent(id) {
      db.prepare(
        `UPDATE enquiries SET notify_status = 'sent', notify_attempts = notify_attempts + 1, notify_error = NULL WHERE id = ?`,
      ).run(id);
    },
    async markFailed(id, error) {
      db.prepare(
        `UPDATE enquiries SET notify_attempts = notify_attempts + 1, notify_error = ? WHERE id = ?`,
      ).run(error, id);
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
