import type { ContactFormState } from '@/lib/contact/http/form-state';
import { fill } from '@/lib/i18n/fill';

/** The company's phone, from the site config (passed in: lib/site/site.ts stays out of the browser). */
export type PhoneLink = { label: string; href: string };

/** What the notice says, in the page's language (the contact dictionary's). */
export type NoticeStrings = {
  correctOne: string;
  correctMany: string;
  busySite: string;
  busyClient: string;
  tryAgainIn: string;
  minuteOne: string;
  minuteMany: string;
  failed: string;
  unreachable: string;
};

const WARN =
  'rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100';
const ERROR =
  'rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800 dark:bg-red-950 dark:text-red-100';

/** What went wrong with the last submission, read out as an alert above the fields. */
export function FormNotice({
  state,
  phone,
  strings,
}: {
  state: ContactFormState;
  phone: PhoneLink;
  strings: NoticeStrings;
}) {
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
          {count === 1 ? strings.correctOne : fill(strings.correctMany, { count })}
        </p>
      );
    }
    case 'rate-limited':
      return (
        <p className={WARN}>
          {state.scope === 'site' ? strings.busySite : strings.busyClient}{' '}
          {fill(strings.tryAgainIn, { wait: minutes(state.retryAfterSeconds, strings) })} {call}.
        </p>
      );
    case 'failed':
      return (
        <p className={ERROR}>
          {strings.failed} {call}.
        </p>
      );
    case 'unreachable':
      return (
        <p className={ERROR}>
          {strings.unreachable} {call}.
        </p>
      );
    default:
      return null;
  }
}

const minutes = (seconds: number, strings: NoticeStrings): string => {
  const count = Math.ceil(seconds / 60);
  return count === 1 ? strings.minuteOne : fill(strings.minuteMany, { count });
};
