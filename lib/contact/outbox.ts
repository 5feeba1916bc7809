import type { Mailer } from './mailer';
import type { EnquiryStore } from './store';

export type DeliveryReport = { sent: number; failed: number; errors: string[] };

/**
 * How long a run may take to email what it claimed before another run may take it over (it
 * could have died mid-send). Longer than nodemailer's own timeouts for one message.
 */
export const CLAIM_MS = 15 * 60 * 1000;

type Run = { done: Promise<DeliveryReport>; again: boolean };
const runs = new WeakMap<EnquiryStore, Run>();

/**
 * Emails every enquiry still waiting. A failure is recorded on the enquiry and left for the next
 * run; nothing is deleted. Each enquiry is claimed in the store before it is sent, so two runs
 * (or two servers on one database) never email it twice. One run at a time per store in this
 * process: a call during a run makes it look again when it finishes, so an enquiry saved while
 * another's email was going out is sent then, not left for the next visitor.
 */
export function deliverPending(
  store: EnquiryStore,
  mailer: Mailer | undefined,
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
      do {
        run.again = false;
        const now = Date.now();
        const claimed = await store.claimPending({
          now: new Date(now).toISOString(),
          until: new Date(now + CLAIM_MS).toISOString(),
        });
        for (const enquiry of claimed) {
          try {
            await mailer.send(enquiry);
            await store.markSent(enquiry.id);
            report.sent += 1;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            await store.markFailed(enquiry.id, message);
            report.failed += 1;
            report.errors.push(`${enquiry.id}: ${message}`);
          }
        }
      } while (run.again);
    } finally {
      runs.delete(store);
    }
    return report;
  })();
  runs.set(store, run);
  return run.done;
}
