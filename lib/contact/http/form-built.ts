/**
 * Whether this build has the contact form (next.config.ts sets SNYNET_CONTACT_FORM from
 * lib/contact/http/form-switch.ts). Without it the API and the mail timer stay off too: there is no
 * durable store behind them.
 */
export function contactFormBuilt(): boolean {
  return process.env.SNYNET_CONTACT_FORM === 'on';
}

/** Why the form is off, for the preview banner; undefined while it is on. */
export function contactFormOffReason(): string | undefined {
  switch (process.env.SNYNET_CONTACT_FORM) {
    case 'no-database':
      return 'This preview has no DATABASE_URL, so the contact page offers phone and email instead of the form.';
    case 'off':
      return 'CONTACT_FORM=off: the contact page offers phone and email instead of the form.';
    default:
      return undefined;
  }
}
