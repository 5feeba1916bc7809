import type { Mailer } from './mailer';
import { deliverPending } from './outbox';
import { deleteExpired } from '../store/retention';
import type { EnquiryStore } from '../store/store';

/** The longest the timer waits between rounds, however long the mail server has been down. */
export const MAX_RETRY_MS = 60 * 60 * 1000;
/** A notification waiting longer than this is worth a line in the server log. */
export const STALE_MS = 60 * 60 * 1000;

export type RetryTimerOptions = {
  store: EnquiryStore;
  mailer: Mailer | undefined;
  /** First wait; doubled after each round that sent nothing and failed, back after a success. */
  baseMs: number;
  maxAttempts: number;
  /** Enquiries older than this whose email is done are deleted each round (CONTACT_RETENTION_DAYS). */
  retentionDays: number;
  now?: () => number;
};

/**
 * Emails waiting notifications from inside the server process, so an enquiry saved while the
 * mail server was down goes out once it is back, with no visitor or operator needed. Each round
 * is one `deliverPending` (claims keep several servers from sending twice). The timer never
 * keeps a process alive (unref), and `stop` ends it.
 */
export function startRetryTimer(options: RetryTimerOptions) {
  const { store, mailer, baseMs, maxAttempts, retentionDays, now = Date.now } = options;
  let delay = baseMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let warnedAt = -Infinity;

  async function round(): Promise<void> {
    try {
      const report = await deliverPending(store, mailer, { maxAttempts });
      for (const error of report.errors)
        console.error(`contact: email not sent, kept for retry: ${error}`);
      delay = report.failed > 0 && report.sent === 0 ? Math.min(delay * 2, MAX_RETRY_MS) : baseMs;
      await deleteExpired(store, retentionDays, now());
      const [oldest] = await store.pending(1);
      const waited = oldest ? now() - Date.parse(oldest.createdAt) : 0;
      // Once an hour at most: the line is for whoever reads the log, not a flood.
      if (waited > STALE_MS && now() - warnedAt >= STALE_MS) {
        warnedAt = now();
        console.warn(staleLine(waited, Boolean(mailer)));
      }
    } catch (error) {
      // The store is unreachable (a database restart): try again later, keep the server up.
      delay = Math.min(delay * 2, MAX_RETRY_MS);
      console.error(`contact: mail retry could not reach the enquiry store: ${String(error)}`);
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void round().then(schedule), delay);
    timer.unref();
  }

  schedule();
  return {
    /** One round now (tests, and `contact:retry`-like callers); the timer carries on. */
    round,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export function staleLine(waitedMs: number, canSend: boolean): string {
  const hours = Math.floor(waitedMs / (60 * 60 * 1000));
  return (
    `contact: the oldest enquiry waiting for its email came in over ${hours} hour${hours === 1 ? '' : 's'} ago; ` +
    (canSend
      ? 'the mail server keeps refusing it (see the errors above). Check SMTP_URL, then run `npm run contact:retry`.'
      : 'SMTP_URL and CONTACT_TO are not both set (see .env.example).')
  );
}
