'use server';

import { headers } from 'next/headers';
import { answerForm } from '@/lib/contact/form-action';
import type { ContactFormState } from '@/lib/contact/form-state';
import { notifyAfterResponse } from '@/lib/contact/notify';
import { clientKeyFrom, defaultDeps } from '@/lib/contact/submit';

export async function sendEnquiry(
  previous: ContactFormState,
  form: FormData,
): Promise<ContactFormState> {
  const deps = defaultDeps();
  const { state, stored } = await answerForm(previous, form, clientKeyFrom(await headers()), deps);
  if (stored) notifyAfterResponse(deps);
  return state;
}
