import type { Enquiry } from './schema';

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
 * notify columns make the table its own outbox.
 */
export interface EnquiryStore {
  readonly kind: 'sqlite' | 'postgres';
  save(entry: NewEnquiry): Promise<void>;
  get(id: string): Promise<StoredEnquiry | undefined>;
  /** Oldest first, spam left out unless asked for. */
  list(options?: { includeSpam?: boolean }): Promise<StoredEnquiry[]>;
  /** Enquiries waiting for their email, oldest first. */
  pending(limit?: number): Promise<StoredEnquiry[]>;
  markSent(id: string): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
  count(): Promise<number>;
  close(): Promise<void>;
}

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
