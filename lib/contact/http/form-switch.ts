import type { Settings } from '../../settings';

// Whether a build has the contact form: next.config.ts decides, and the pages read its answer
// from the env it sets (form-built.ts).

export type ContactFormMode = 'on' | 'off' | 'no-database' | 'static';

/** The production stop, one line: what is missing and the two ways out. */
export const NO_DURABLE_STORE =
  'Vercel production build stopped: DATABASE_URL is not set, and without it the contact form would ' +
  'store enquiries on the function disk, which is read-only and does not last (every visitor ' +
  'would get the 503). Set DATABASE_URL (PostgreSQL), or CONTACT_FORM=off for phone and email only.';

/**
 * 'on'; 'off' (CONTACT_FORM=off, on purpose); 'no-database' (a Vercel deployment without
 * DATABASE_URL: a preview builds without the form, production stops, see checkContactStore);
 * 'static' (the export, where no server could take a form).
 */
export function contactFormMode(settings: Settings): ContactFormMode {
  if (settings.STATIC_EXPORT) return 'static';
  if (!settings.CONTACT_FORM) return 'off';
  if (settings.VERCEL && !settings.DATABASE_URL) return 'no-database';
  return 'on';
}

/**
 * The line that stops a Vercel production build which would ship a form with nowhere to store
 * enquiries; undefined when the build may go on.
 */
export function contactStoreStop(settings: Settings, mode: ContactFormMode): string | undefined {
  return mode === 'no-database' && settings.VERCEL_ENV === 'production'
    ? NO_DURABLE_STORE
    : undefined;
}

/** The build's line for a preview without the form, so whoever deploys it is told. */
export function contactFormNotice(mode: ContactFormMode): string | undefined {
  if (mode === 'no-database')
    return '⚠ DATABASE_URL is not set on this Vercel preview: the contact page offers phone and email instead of the form.';
  if (mode === 'off')
    return '⚠ CONTACT_FORM=off: the contact page offers phone and email instead of the form.';
  return undefined;
}
