import type { EnquiryStore } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * PDPA section 10: an enquiry is kept `days` after it came in, then deleted with its email
 * state. One whose email has not gone out stays until it has, so no enquiry is lost unread.
 */
export async function deleteExpired(
  store: EnquiryStore,
  days: number,
  now: number = Date.now(),
): Promise<number> {
  const deleted = await store.deleteOlderThan(new Date(now - days * DAY_MS).toISOString());
  if (deleted > 0)
    console.log(
      `contact: deleted ${deleted} enquir${deleted === 1 ? 'y' : 'ies'} older than ${days} days (CONTACT_RETENTION_DAYS).`,
    );
  return deleted;
}
