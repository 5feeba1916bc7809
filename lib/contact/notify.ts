import { after } from 'next/server';
import { contactConfig } from './config';
import { deliverPending } from './outbox';
import type { SubmitDeps } from './submit';

export const NOT_EMAILED =
  'contact: enquiry stored, not emailed: SMTP_URL and CONTACT_TO are not both set (see .env.example). ' +
  'It waits in the database; `npm run contact:retry` sends everything waiting once they are.';

/** Emails what is waiting once the visitor has their answer, so SMTP never slows the reply. */
export function notifyAfterResponse(deps: SubmitDeps): void {
  if (!deps.mailer) {
    // Nothing else would tell whoever runs the site that enquiries are going nowhere.
    console.warn(NOT_EMAILED);
    return;
  }
  after(async () => {
    const { retryMaxAttempts } = contactConfig();
    const report = await deliverPending(deps.store, deps.mailer, { maxAttempts: retryMaxAttempts });
    for (const error of report.errors)
      console.error(`contact: email not sent, kept for retry: ${error}`);
  });
}
