'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import type { ContactAction } from '@/lib/contact/http/form-state';
import {
  ENQUIRY_FIELDS,
  LIMITS,
  type FieldErrors,
  type RawEnquiry,
} from '@/lib/contact/core/fields';
import { HONEYPOT_FIELD } from '@/lib/contact/core/spam';
import { FormField } from './form-field';
import type { Dictionary } from '@/lib/i18n/dictionary-en';
import { FormNotice, type PhoneLink } from './form-notice';
import { SubmitButton } from './submit-button';
import { useEnquiryForm } from './use-enquiry-form';

/** `notice`: the privacy notice, rendered by the server and shown above the Send button. */
type ContactFormProps = {
  action: ContactAction;
  /** The contact page's address: where the form posts without JavaScript. */
  page: string;
  phone: PhoneLink;
  notice: ReactNode;
  /** Every word of the form in the page's language (the contact dictionary): a prop, so the
   *  island bundles no dictionary. Field errors are shown in it whatever the server wrote. */
  strings: Dictionary['contact'];
};

const EMPTY: RawEnquiry = { name: '', email: '', phone: '', company: '', message: '' };

export function ContactForm({ action, page, phone, notice, strings }: ContactFormProps) {
  const { state, formAction, onSubmit } = useEnquiryForm(action, page);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === 'invalid')
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else if (state.status === 'sent') doneRef.current?.focus();
    // The Send button was disabled while sending, which drops focus to the top of the page; the
    // notice is where the visitor is, and the phone link is the next Tab from it.
    else if (state.status !== 'idle') noticeRef.current?.focus();
  }, [state]);

  if (state.status === 'sent') {
    return (
      <div
        ref={doneRef}
        tabIndex={-1}
        role="status"
        className="mt-10 rounded-xl border border-emerald-300 bg-emerald-50 p-6 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-50"
      >
        <h2 className="text-xl font-semibold">{strings.thanks}</h2>
        <p className="mt-2">
          {strings.thanksText} <strong className="font-mono">{state.id.slice(0, 8)}</strong>.
        </p>
      </div>
    );
  }

  const values = state.status === 'idle' || !('values' in state) ? EMPTY : state.values;
  const invalid = state.status === 'invalid' ? state.errors : {};
  const errors: FieldErrors = {};
  for (const field of ENQUIRY_FIELDS)
    if (invalid[field]) errors[field] = strings.fieldErrors[field];

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="mt-10 space-y-5 rounded-xl border border-slate-200 p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900"
      aria-labelledby="contact-form-heading"
    >
      <h2 id="contact-form-heading" className="text-xl font-semibold text-ink dark:text-slate-50">
        {strings.formHeading}
      </h2>
      <div ref={noticeRef} tabIndex={-1} role="alert" className="empty:hidden">
        <FormNotice state={state} phone={phone} strings={strings} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField
          name="name"
          label={strings.name}
          optionalLabel={strings.optional}
          autoComplete="name"
          defaultValue={values.name}
          error={errors.name}
          maxLength={LIMITS.name}
        />
        <FormField
          name="email"
          label={strings.email}
          optionalLabel={strings.optional}
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
          maxLength={LIMITS.email}
        />
        <FormField
          name="phone"
          label={strings.phone}
          optionalLabel={strings.optional}
          type="tel"
          autoComplete="tel"
          optional
          defaultValue={values.phone}
          error={errors.phone}
          maxLength={LIMITS.phone}
        />
        <FormField
          name="company"
          label={strings.company}
          optionalLabel={strings.optional}
          autoComplete="organization"
          optional
          defaultValue={values.company}
          error={errors.company}
          maxLength={LIMITS.company}
        />
      </div>
      <FormField
        name="message"
        label={strings.message}
        optionalLabel={strings.optional}
        multiline
        defaultValue={values.message}
        error={errors.message}
        maxLength={LIMITS.message}
      />
      {/* Spam traps: hidden from people and screen readers, filled in by bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {strings.honeypot}{' '}
          <input
            type="text"
            name={HONEYPOT_FIELD}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </label>
      </div>
      {notice}
      <SubmitButton label={strings.send} pendingLabel={strings.sending} />
    </form>
  );
}
