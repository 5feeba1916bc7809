import type { FieldErrors, RawEnquiry } from './fields';

/** What the contact form shows after a submission; plain data, shared by the action and the form. */
export type ContactFormState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: FieldErrors; values: RawEnquiry }
  | { status: 'sent'; id: string }
  | { status: 'rate-limited'; retryAfterSeconds: number; values: RawEnquiry }
  | { status: 'failed'; values: RawEnquiry };

export const INITIAL_CONTACT_STATE: ContactFormState = { status: 'idle' };
