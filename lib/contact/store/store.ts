import type { Enquiry } from '../core/schema';

export type NotifyStatus = 'pending' | 'sent' | 'skipped';

export type StoredEnquiry = Enquiry & {
  id: string;
  createdAt: string;
  spam: boolean;
  spamReason: string | null;
  notifyStatus: NotifyStatus;
  notifyAttempts: number;
  notifyError: string | null;
};

export type NewEnquiry = {
  id: string;
  createdAt: string;
  enquiry: Enquiry;
  spamReason: string | null;
};

/**
 * Where enquiries live. Saved first, notified after: `save` is a single atomic insert, and the
 * notify columns make the table its own outbox (`notify_claimed_until`: being emailed by a run).
 */
export interface EnquiryStore {
  readonly kind: 'sqlite' | 'postgres';
  save(entry: NewEnquiry): Promise<void>;
  get(id: string): Promise<StoredEnquiry | undefined>;
  /**
   * Saves `entry` unless an enquiry with the same name, email and message was saved at or after
   * `since` (ISO); then returns that one instead. Check and insert are one atomic step, so two
   * copies sent at the same instant are stored once.
   */
  saveUnlessSame(entry: NewEnquiry, since: string): Promise<StoredEnquiry | undefined>;
  /** Oldest first, spam left out unless asked for. */
  list(options?: { includeSpam?: boolean }): Promise<StoredEnquiry[]>;
  /** Enquiries waiting for their email, oldest first. */
  pending(limit?: number): Promise<StoredEnquiry[]>;
  /**
   * Takes up to `limit` waiting enquiries that nobody is emailing, oldest first, in one atomic
   * step: two servers (or two runs) asking at once never get the same one. The claim lasts until
   * `until` (ISO time), after which another run may take it again, in case the sender died.
   * `maxAttempts`: leaves out enquiries whose email has failed that many times already.
   */
  claimPending(options: {
    now: string;
    until: string;
    limit?: number;
    maxAttempts?: number;
  }): Promise<StoredEnquiry[]>;
  /** Sent: the enquiry leaves the outbox. */
  markSent(id: string): Promise<void>;
  /**
   * Records a failed send and releases the claim as of `at`: the run that tried does not take the
   * enquiry again (it claims with its own start time as `now`), any later run does.
   */
  markFailed(id: string, error: string, at: string): Promise<void>;
  /**
   * Retention: deletes enquiries saved before `before` (ISO) whose email is done (sent, or spam
   * never emailed); one still waiting for its email stays. Returns how many went.
   */
  deleteOlderThan(before: string): Promise<number>;
  /** Everything kept about the sender of `email` (any case), spam included, oldest first. */
  findByEmail(email: string): Promise<StoredEnquiry[]>;
  /** Deletes every enquiry from `email` (any case), whatever its email state; how many went. */
  forgetEmail(email: string): Promise<number>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** No limit on attempts (the operator's `contact:retry`). Fits a 32-bit INTEGER column. */
export const NO_MAX = 2 ** 31 - 1;

type Row = {
  id: string;
  created_at: string | Date;
  name: string;
  email: string;
  phone: string;
  company: string;
  message: string;
  spam: number | boolean;
  spam_reason: string | null;
  notify_status: string;
  notify_attempts: number;
  notify_error: string | null;
};

const STATUSES: readonly NotifyStatus[] = ['pending', 'sent', 'skipped'];

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && 'id' in value;

/** Both stores use the same column names; this turns rows from either into the public shape. */
export function fromRows(rows: readonly unknown[]): StoredEnquiry[] {
  return rows.filter(isRow).map(fromRow);
}

/** Oldest first, as the outbox sends (UPDATE … RETURNING gives rows in no promised order). */
export function oldestFirst(rows: StoredEnquiry[]): StoredEnquiry[] {
  return rows.sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
  );
}

function fromRow(row: Row): StoredEnquiry {
  return {
    id: row.id,
    createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at,
    name: row.name,
    email: row.email,
    phone: row.phone,
    company: row.company,
    message: row.message,
    spam: Boolean(row.spam),
    spamReason: row.spam_reason,
    notifyStatus: STATUSES.find((s) => s === row.notify_status) ?? 'pending',
    notifyAttempts: Number(row.notify_attempts),
    notifyError: row.notify_error,
  };
}
