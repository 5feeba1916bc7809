import type { ContactFormState } from './form-state';
import { rawEnquiry } from '../core/fields';
import { ELAPSED_FIELD } from '../core/spam';
import { submitEnquiry, type SubmitDeps } from '../core/submit';

/**
 * The contact form's Server Action, minus Next's request plumbing (app/contact/actions.ts).
 * `previous` is what the form showed before this submission; `stored` says a real (not spam)
 * enquiry was saved, so its email should go out.
 */
export async function answerForm(
  previous: ContactFormState,
  form: FormData,
  clientKey: string,
  deps: SubmitDeps,
): Promise<{ state: ContactFormState; stored: boolean }> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value;
  // The fill-time check judges only a first submission. Someone sending again after our answer
  // (an error to fix, a failed save) has already spent that time; measured from the answer, a
  // quick fix of a typo would be filed as spam while the visitor is thanked.
  // (`previous` comes from the browser, so a bot can claim an earlier answer; it could as well
  // leave out the duration, which skips the check too. The honeypot and rate limit remain.)
  const answeredBefore =
    typeof previous === 'object' && previous !== null && previous.status !== 'idle';
  if (answeredBefore) delete fields[ELAPSED_FIELD];
  try {
    const outcome = await submitEnquiry(fields, clientKey, deps);
    switch (outcome.kind) {
      case 'invalid':
        return {
          state: { status: 'invalid', errors: outcome.errors, values: outcome.values },
          stored: false,
        };
      case 'rate-limited':
        return {
          state: {
            status: 'rate-limited',
            retryAfterSeconds: outcome.retryAfterSeconds,
            scope: outcome.scope,
            values: rawEnquiry(fields),
          },
          stored: false,
        };
      case 'stored':
        return {
          state: { status: 'sent', id: outcome.id },
          stored: !outcome.spam && !outcome.again,
        };
    }
  } catch (error) {
    // The store refused the enquiry; the visitor keeps what they typed and is told how to reach us.
    console.error('contact: could not store an enquiry', error);
    return { state: { status: 'failed', values: rawEnquiry(fields) }, stored: false };
  }
}
