import type { Mailer } from './mailer';
import type { EnquiryStore } from '../store/store';

export type DeliveryReport = { sent: number; failed: number; errors: string[] };

/**
 * How long a run may take to email what it claimed before another run may take it over (it
 * could have died mid-send). A batch is claimed at a time, so a batch of sends at the mailer's
 * longest (~2 min each, lib/contact/mail/mailer.ts) must fit in it.
 */
export const CLAIM_MS = 15 * 60 * 1000;
const BATCH = 5;

type Run = { done: Promise<DeliveryReport>; again: boolean };
const runs = new WeakMap<EnquiryStore, Run>();

/**
 * Emails every enquiry still waiting. A failure is recorded on the enquiry and left for the next
 * run; nothing is deleted. Each enquiry is claimed in the store before it is sent, so two runs
 * (or two servers on one database) never email it twice. One run at a time per store in this
 * process: a call during a run makes it look again when it finishes, so an enquiry saved while
 * another's email was going out is sent then, not left for the next visitor. `maxAttempts`: the
 * automatic runs give up on an enquiry after that many failed sends (the operator's does not).
 */
export function deliverPending(
  store: EnquiryStore,
  mailer: Mailer | undefined,
  { maxAttempts }: { maxAttempts?: number } = {},
): Promise<DeliveryReport> {
  if (!mailer) return Promise.resolve({ sent: 0, failed: 0, errors: [] });
  const current = runs.get(store);
  if (current) {
    current.again = true;
    return current.done;
  }
  const run: Run = { done: Promise.resolve({ sent: 0, failed: 0, errors: [] }), again: false };
  run.done = (async () => {
    const report: DeliveryReport = { sent: 0, failed: 0, errors: [] };
    try {
      // Claims are judged against the run's start: an enquiry whose send failed during this run
      // is released as of its failure, so this run never loops on it; the next run retries it.
      const started = new Date().toISOString();
      for (;;) {
        run.again = false;
        const claimed = await store.claimPending({
          now: started,
          until: new Date(Date.now() + CLAIM_MS).toISOString(),
          limit: BATCH,
          maxAttempts,
        });
        for (const enquiry of claimed) {
          try {
            await mailer.send(enquiry);
            await store.markSent(enquiry.id);
            report.sent += 1;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            await store.markFailed(enquiry.id, message, new Date().toISOString());
            report.failed += 1;
            report.errors.push(`${enquiry.id}: ${message}`);
          }
        }
        if (claimed.length === 0 && !run.again) break;
      }
    } finally {
      runs.delete(store);
    }
    return report;
  })();
  runs.set(store, run);
  return run.done;
}
