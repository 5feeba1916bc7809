'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { INITIAL_CONTACT_STATE, type ContactFormState } from '@/lib/contact/form-state';
import { LIMITS, type RawEnquiry } from '@/lib/contact/fields';
import { HONEYPOT_FIELD, STARTED_AT_FIELD } from '@/lib/contact/spam';
import { FormField } from './form-field';

type ContactFormProps = {
  action: (state: ContactFormState, form: FormData) => Promise<ContactFormState>;
};

const EMPTY: RawEnquiry = { name: '', email: '', phone: '', company: '', message: '' };

export function ContactForm({ action }: ContactFormProps) {
  const [state, formAction] = useActionState(action, INITIAL_CONTACT_STATE);
  const startedAt = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (startedAt.current && !startedAt.current.value) startedAt.current.value = String(Date.now());
  }, [state]);

  useEffect(() => {
    if (state.status === 'invalid')
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (state.status === 'sent') doneRef.current?.focus();
  }, [state]);

  if (state.status === 'sent') {
    return (
      <div
        ref={doneRef}
        tabIndex={-1}
        role="status"
        className="mt-10 rounded-xl border border-emerald-300 bg-emerald-50 p-6 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-50"
      >
        <h2 className="text-xl font-semibold">Thank you — we have your enquiry.</h2>
        <p className="mt-2">
          We have saved it and will get back to you soon. Your reference is{' '}
          <strong className="font-mono">{state.id.slice(0, 8)}</strong>.
        </p>
      </div>
    );
  }

  const values = state.status === 'idle' || !('values' in state) ? EMPTY : state.values;
  const errors = state.status === 'invalid' ? state.errors : {};
  const errorCount = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="mt-10 space-y-5 rounded-xl border border-slate-200 p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900"
      aria-labelledby="contact-form-heading"
    >
      <h2 id="contact-form-heading" className="text-xl font-semibold text-ink dark:text-slate-50">
        Send us an enquiry
      </h2>
      <div role="alert" className="empty:hidden">
        {errorCount > 0 && (
          <p className="rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800 dark:bg-red-950 dark:text-red-100">
            Please correct {errorCount === 1 ? 'the field' : `the ${errorCount} fields`} marked
            below.
          </p>
        )}
        {state.status === 'rate-limited' && (
          <p className="rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            You have sent several enquiries in a short time. Please try again in{' '}
            {minutes(state.retryAfterSeconds)}, or call us.
          </p>
        )}
        {state.status === 'failed' && (
          <p className="rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800 dark:bg-red-950 dark:text-red-100">
            Sorry, we could not save your enquiry just now. Please try again in a moment, or call
            us.
          </p>
        )}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField
          name="name"
          label="Your name"
          autoComplete="name"
          defaultValue={values.name}
          error={errors.name}
          maxLength={LIMITS.name}
        />
        <FormField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
          maxLength={LIMITS.email}
        />
        <FormField
          name="phone"
          label="Phone"
          type="tel"
          autoComplete="tel"
          optional
          defaultValue={values.phone}
          error={errors.phone}
          maxLength={LIMITS.phone}
        />
        <FormField
          name="company"
          label="Company"
          autoComplete="organization"
          optional
          defaultValue={values.company}
          error={errors.company}
          maxLength={LIMITS.company}
        />
      </div>
      <FormField
        name="message"
        label="How can we help?"
        multiline
        defaultValue={values.message}
        error={errors.message}
        maxLength={LIMITS.message}
      />
      {/* Spam traps: hidden from people and screen readers, filled in by bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          Leave this empty{' '}
          <input
            type="text"
            name={HONEYPOT_FIELD}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </label>
      </div>
      <input ref={startedAt} type="hidden" name={STARTED_AT_FIELD} defaultValue="" />
      <SubmitButton />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        We use these details only to reply to your enquiry.
      </p>
    </form>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex h-12 items-center gap-2 rounded-lg bg-brand-700 px-6 font-semibold text-white shadow hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
    >
      {pending && (
        <span
          aria-hidden="true"
          className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white"
        />
      )}
      {pending ? 'Sending…' : 'Send enquiry'}
    </button>
  );
}

const minutes = (seconds: number): string => {
  const count = Math.ceil(seconds / 60);
  return count === 1 ? '1 minute' : `${count} minutes`;
};
