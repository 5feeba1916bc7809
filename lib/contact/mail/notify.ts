import { after } from 'next/server';
import { deliverPending } from './outbox';
import type { SubmitDeps } from '../core/submit';

export const NOT_EMAILED =
  'contact: enquiry stored, not emailed: SMTP_URL and CONTACT_TO are not both set (see .env.example). ' +
  'It waits in the database; `npm run contact:retry` sends everything waiting once they are.';

/** `maxAttempts` that leaves out every enquiry whose email has been tried before. */
export const FIRST_TRY = 1;

/** Emails what came in and was never tried, once the visitor has their answer (SMTP never slows it). */
export function notifyAfterResponse(deps: SubmitDeps): void {
  if (!deps.mailer) {
    // Nothing else would tell whoever runs the site that enquiries are going nowhere.
    console.warn(NOT_EMAILED);
    return;
  }
  after(async () => {
    // Only enquiries never tried: retries are the timer's or the cron route's, at their pace.
    // Otherwise each new enquiry during a mail outage spends an attempt of every one waiting,
    // and with several instances busy they all pass CONTACT_RETRY_MAX_ATTEMPTS within minutes.
    const report = await deliverPending(deps.store, deps.mailer, { maxAttempts: FIRST_TRY });
    for (const error of report.errors)
      console.error(`contact: email not sent, kept for retry: ${error}`);
  });
}
