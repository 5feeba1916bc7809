import type { FieldErrors, RawEnquiry } from '../core/fields';

/** What the contact form shows after a submission; plain data, shared by the action and the form. */
export type ContactFormState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: FieldErrors; values: RawEnquiry }
  | { status: 'sent'; id: string }
  | {
      status: 'rate-limited';
      retryAfterSeconds: number;
      /** `site`: the whole site's hourly ceiling, not this visitor's own limit. */
      scope: 'client' | 'site';
      values: RawEnquiry;
    }
  | { status: 'failed'; values: RawEnquiry }
  // Set in the browser only: the request got no answer from the action (a redeploy replaced it,
  // the network dropped, the server failed). Usually nothing was saved, but a connection lost
  // after the save looks the same, so the visitor is not told either way.
  | { status: 'unreachable'; values: RawEnquiry };

export const INITIAL_CONTACT_STATE: ContactFormState = { status: 'idle' };

/** The Server Action's signature, as the form calls it. */
export type ContactAction = (state: ContactFormState, form: FormData) => Promise<ContactFormState>;

const STATUSES = ['idle', 'invalid', 'sent', 'rate-limited', 'failed', 'unreachable'];

/** Whether a value sent back by a browser looks like a state the form shows (a bot's may not). */
export function isContactFormState(value: unknown): value is ContactFormState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof value.status === 'string' &&
    STATUSES.includes(value.status)
  );
}
