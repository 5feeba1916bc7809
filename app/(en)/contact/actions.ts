'use server';

import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { answerForm } from '@/lib/contact/http/form-action';
import { isContactFormState, type ContactFormState } from '@/lib/contact/http/form-state';
import { notifyAfterResponse } from '@/lib/contact/mail/notify';
import { clientKeyFrom } from '@/lib/contact/core/client-key';
import { defaultDeps } from '@/lib/contact/core/submit';

export async function sendEnquiry(
  previous: ContactFormState,
  form: FormData,
): Promise<ContactFormState> {
  // Anyone can post to an action with made-up arguments; the form always sends these two. A
  // 404 (Next's notFound) rather than the 500 a type error would give.
  if (!isContactFormState(previous) || !(form instanceof FormData)) notFound();
  const deps = defaultDeps();
  const { state, stored } = await answerForm(previous, form, clientKeyFrom(await headers()), deps);
  if (stored) notifyAfterResponse(deps);
  return state;
}
