'use client';

import { useActionState, useRef, useState, useTransition, type FormEvent } from 'react';
import { rawEnquiry } from '@/lib/contact/core/fields';
import {
  INITIAL_CONTACT_STATE,
  type ContactAction,
  type ContactFormState,
} from '@/lib/contact/http/form-state';
import { ELAPSED_FIELD } from '@/lib/contact/core/spam';

/**
 * The contact form's state and submit handler. Without JavaScript the browser posts the form to
 * the Server Action and the server renders its answer (`useActionState`'s `formAction`). With
 * JavaScript the form is sent from `onSubmit` instead, for two reasons: a request that fails
 * (the page predates a redeploy that replaced the action, the network dropped, the server broke)
 * would otherwise throw into Next's whole-page error screen and lose what was typed; and React
 * would reset the form after each answer.
 */
export function useEnquiryForm(action: ContactAction, page: string) {
  // The page's address as permalink: without it the form is rendered with action="", which HTML
  // does not allow (the W3C checker reports it); the browser posted to the same page either way.
  const [answered, formAction] = useActionState(action, INITIAL_CONTACT_STATE, page);
  const [sentHere, setSentHere] = useState<ContactFormState>();
  const [, startTransition] = useTransition();
  const state = sentHere ?? answered;
  // How long the page has been open when Send is pressed, measured here (performance.now() counts
  // from the page's start on the browser's own steady clock, whatever its date and time say): the
  // server files a submission made within seconds as a bot's (lib/contact/core/spam.ts). A page
  // rendered with an answer already (sent before the scripts loaded) has had its first
  // submission judged, so sends none.
  const firstStatus = useRef(answered.status);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Prevented here, React still shows the form as pending (useFormStatus) for the transition.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (firstStatus.current === 'idle')
      form.set(ELAPSED_FIELD, String(Math.round(performance.now())));
    const previous = state;
    startTransition(async () => {
      let next: ContactFormState;
      try {
        next = await action(previous, form);
      } catch (error) {
        console.warn('contact: the enquiry did not reach the server', error);
        next = { status: 'unreachable', values: rawEnquiry(Object.fromEntries(form)) };
      }
      startTransition(() => setSentHere(next));
    });
  }

  return { state, formAction, onSubmit };
}
