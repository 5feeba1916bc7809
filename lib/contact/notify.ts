import { after } from 'next/server';
import { deliverPending } from './outbox';
import type { SubmitDeps } from './submit';

/** Emails what is waiting once the visitor has their answer, so SMTP never slows the reply. */
export function notifyAfterResponse(deps: SubmitDeps): void {
  after(async () => {
    const report = await deliverPending(deps.store, deps.mailer);
    for (const error of report.errors)
      console.error(`contact: email not sent, kept for retry: ${error}`);
  });
}
