import type { ContactFormState } from '@/lib/contact/http/form-state';

/** The company's phone, from the site config (passed in: lib/site/site.ts stays out of the browser). */
export type PhoneLink = { label: string; href: string };

const WARN =
  'rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100';
const ERROR =
  'rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800 dark:bg-red-950 dark:text-red-100';

/** What went wrong with the last submission, read out as an alert above the fields. */
export function FormNotice({ state, phone }: { state: ContactFormState; phone: PhoneLink }) {
  const call = (
    <a href={phone.href} className="whitespace-nowrap underline">
      {phone.label}
    </a>
  );
  switch (state.status) {
    case 'invalid': {
      const count = Object.keys(state.errors).length;
      return count === 0 ? null : (
        <p className={ERROR}>
          Please correct {count === 1 ? 'the field' : `the ${count} fields`} marked below.
        </p>
      );
    }
    case 'rate-limited':
      return (
        <p className={WARN}>
          {state.scope === 'site'
            ? 'We are receiving more enquiries than usual and cannot take yours just now.'
            : 'You have sent several enquiries in a short time.'}{' '}
          Please try again in {minutes(state.retryAfterSeconds)}, or call us on {call}.
        </p>
      );
    case 'failed':
      return (
        <p className={ERROR}>
          Sorry, we could not save your enquiry just now. Please try again in a moment, or call us
          on {call}.
        </p>
      );
    case 'unreachable':
      return (
        <p className={ERROR}>
          Sorry, we could not confirm that your enquiry reached us. What you typed is still here;
          please try again in a moment, or call us on {call}.
        </p>
      );
    default:
      return null;
  }
}

const minutes = (seconds: number): string => {
  const count = Math.ceil(seconds / 60);
  return count === 1 ? '1 minute' : `${count} minutes`;
};
