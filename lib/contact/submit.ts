import { randomUUID } from 'node:crypto';
import { contactConfig } from './config';
import { createMailer, type Mailer } from './mailer';
import { sharedStore } from './open-store';
import { RateLimiter } from './rate-limit';
import type { FieldErrors, RawEnquiry } from './fields';
import { rawEnquiry, validateEnquiry } from './schema';
import { HONEYPOT_FIELD, spamVerdict, STARTED_AT_FIELD } from './spam';
import type { EnquiryStore } from './store';

export type SubmitOutcome =
  | { kind: 'stored'; id: string; spam: boolean }
  | { kind: 'invalid'; errors: FieldErrors; values: RawEnquiry }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

export type SubmitDeps = {
  store: EnquiryStore;
  mailer: Mailer | undefined;
  limiter: RateLimiter;
  now: () => number;
};

let defaults: SubmitDeps | undefined;

/** The server's own store, mailer and limiter, built once from the environment. */
export function defaultDeps(): SubmitDeps {
  if (!defaults) {
    const config = contactConfig();
    defaults = {
      store: sharedStore(),
      mailer: createMailer(config),
      limiter: new RateLimiter(config.rateLimit, config.rateWindowMs),
      now: Date.now,
    };
  }
  return defaults;
}

/**
 * The one path every enquiry takes, from the form and from POST /api/contact: limit, validate,
 * judge spam, store. Bad input returns errors and stores nothing; a stored enquiry is durable
 * before this returns. Emailing happens afterwards (see deliverPending).
 */
export async function submitEnquiry(
  fields: Record<string, unknown>,
  clientKey: string,
  deps: SubmitDeps = defaultDeps(),
): Promise<SubmitOutcome> {
  const now = deps.now();
  const retryAfterSeconds = deps.limiter.take(clientKey, now);
  if (retryAfterSeconds > 0) return { kind: 'rate-limited', retryAfterSeconds };

  const values = rawEnquiry(fields);
  const result = validateEnquiry(values);
  if (!result.ok) return { kind: 'invalid', errors: result.errors, values };

  const text = (key: string) => (typeof fields[key] === 'string' ? String(fields[key]) : '');
  const verdict = spamVerdict(text(HONEYPOT_FIELD), text(STARTED_AT_FIELD), now);
  const id = randomUUID();
  await deps.store.save({
    id,
    createdAt: new Date(now).toISOString(),
    enquiry: result.enquiry,
    spamReason: verdict.spam ? verdict.reason : null,
  });
  return { kind: 'stored', id, spam: verdict.spam };
}

/** Who is asking, for the rate limit: the first address a proxy saw, else the direct peer. */
export function clientKeyFrom(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
