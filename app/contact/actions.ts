'use server';

import { headers } from 'next/headers';
import type { ContactFormState } from '@/lib/contact/form-state';
import { notifyAfterResponse } from '@/lib/contact/notify';
import { rawEnquiry } from '@/lib/contact/schema';
import { clientKeyFrom, defaultDeps, submitEnquiry } from '@/lib/contact/submit';

export async function sendEnquiry(
  _previous: ContactFormState,
  form: FormData,
): Promise<ContactFormState> {
  const fields = Object.fromEntries(
    [...form.entries()].filter(([, value]) => typeof value === 'string'),
  );
  const deps = defaultDeps();
  try {
    const outcome = await submitEnquiry(fields, clientKeyFrom(await headers()), deps);
    if (outcome.kind === 'invalid')
      return { status: 'invalid', errors: outcome.errors, values: outcome.values };
    if (outcome.kind === 'rate-limited') {
      return {
        status: 'rate-limited',
        retryAfterSeconds: outcome.retryAfterSeconds,
        values: rawEnquiry(fields),
      };
    }
    if (!outcome.spam) notifyAfterResponse(deps);
    return { status: 'sent', id: outcome.id };
  } catch (error) {
    // The store refused the enquiry; the visitor keeps what they typed and is told how to reach us.
    console.error('contact: could not store an enquiry', error);
    return { status: 'failed', values: rawEnquiry(fields) };
  }
}
