import type { Mailer } from './mailer';
import type { EnquiryStore } from './store';

export type DeliveryReport = { sent: number; failed: number; errors: string[] };

let running: Promise<DeliveryReport> | undefined;

/**
 * Emails every enquiry still waiting. A failure is recorded on the enquiry and left for the next
 * run; nothing is deleted. One run at a time per process, so no enquiry is mailed twice by it.
 */
export function deliverPending(
  store: EnquiryStore,
  mailer: Mailer | undefined,
): Promise<DeliveryReport> {
  if (!mailer) return Promise.resolve({ sent: 0, failed: 0, errors: [] });
  running ??= (async () => {
    const report: DeliveryReport = { sent: 0, failed: 0, errors: [] };
    try {
      for (const enquiry of await store.pending()) {
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
    } finally {
      running = undefined;
    }
    return report;
  })();
  return running;
}
