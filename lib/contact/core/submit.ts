import { randomUUID } from 'node:crypto';
import { contactConfig } from './config';
import { createMailer, type Mailer } from '../mail/mailer';
import { sharedStore } from '../store/open-store';
import { openPostgresLimits } from './postgres-limits';
import { RateLimiter, type Limiter } from './rate-limit';
import type { FieldErrors, RawEnquiry } from './fields';
import { rawEnquiry } from './fields';
import { validateEnquiry } from './schema';
import { ELAPSED_FIELD, HONEYPOT_FIELD, spamVerdict } from './spam';
import type { EnquiryStore } from '../store/store';

export type SubmitOutcome =
  | { kind: 'stored'; id: string; spam: boolean; again: boolean }
  | { kind: 'invalid'; errors: FieldErrors; values: RawEnquiry }
  | { kind: 'rate-limited'; retryAfterSeconds: number; scope: 'client' | 'site' };

export type SubmitDeps = {
  store: EnquiryStore;
  mailer: Mailer | undefined;
  limiter: Limiter;
  /** The site-wide ceiling (CONTACT_SITE_LIMIT an hour); left out, there is none. */
  ceiling?: Limiter;
  now: () => number;
};

/** The window of the site-wide ceiling. */
export const SITE_WINDOW_MS = 60 * 60 * 1000;

/** How long an identical enquiry counts as the same one sent again. */
export const SAME_ENQUIRY_WINDOW_MS = 10 * 60 * 1000;

// Next bundles the API route, the page's Server Action and instrumentation.ts separately, each
// with its own copy of this module: the store, the limits and the site-wide ceiling must be one
// per server process, so they are kept on globalThis.
declare global {
  var snynetContactDeps: SubmitDeps | undefined;
}

/** The server's own store, mailer and limiter, built once per process from the environment. */
export function defaultDeps(): SubmitDeps {
  if (!globalThis.snynetContactDeps) {
    const config = contactConfig();
    const client = { limit: config.rateLimit, windowMs: config.rateWindowMs };
    const site = { limit: config.siteLimit, windowMs: SITE_WINDOW_MS };
    // With PostgreSQL there may be several instances (or serverless cold starts): the limits
    // are counted in the database. With SQLite one server runs, and its memory is enough.
    const limits = config.databaseUrl
      ? openPostgresLimits(config.databaseUrl, { client, site })
      : {
          limiter: new RateLimiter(client.limit, client.windowMs),
          ceiling: new RateLimiter(site.limit, site.windowMs),
        };
    globalThis.snynetContactDeps = {
      store: sharedStore(config),
      mailer: createMailer(config),
      limiter: limits.limiter,
      ceiling: limits.ceiling,
      now: Date.now,
    };
  }
  return globalThis.snynetContactDeps;
}

/**
 * The one path every enquiry takes, from the form and from POST /api/contact: validate, limit,
 * judge spam, store. Bad input returns errors and stores nothing, and does not count towards the
 * limit (someone fixing a typo five times must not be locked out); a stored enquiry is durable
 * before this returns. Emailing happens afterwards (see deliverPending).
 */
export async function submitEnquiry(
  fields: Record<string, unknown>,
  clientKey: string,
  deps: SubmitDeps = defaultDeps(),
): Promise<SubmitOutcome> {
  const now = deps.now();
  const values = rawEnquiry(fields);
  const result = validateEnquiry(values);
  if (!result.ok) return { kind: 'invalid', errors: result.errors, values };

  const retryAfterSeconds = await deps.limiter.take(clientKey, now);
  if (retryAfterSeconds > 0) return { kind: 'rate-limited', retryAfterSeconds, scope: 'client' };
  // Made-up addresses each pass the client limit; this bounds the rows and emails they cost.
  const siteRetryAfter = (await deps.ceiling?.take('site', now)) ?? 0;
  if (siteRetryAfter > 0)
    return { kind: 'rate-limited', retryAfterSeconds: siteRetryAfter, scope: 'site' };

  const text = (key: string) => (typeof fields[key] === 'string' ? String(fields[key]) : '');
  const verdict = spamVerdict(text(HONEYPOT_FIELD), text(ELAPSED_FIELD));
  const id = randomUUID();
  // Sent twice (a double tap before the page's script ran, a resend after a dropped answer): the
  // team gets one enquiry, and the visitor the same reference.
  const same = await deps.store.saveUnlessSame(
    {
      id,
      createdAt: new Date(now).toISOString(),
      enquiry: result.enquiry,
      spamReason: verdict.spam ? verdict.reason : null,
    },
    new Date(now - SAME_ENQUIRY_WINDOW_MS).toISOString(),
  );
  if (same) return { kind: 'stored', id: same.id, spam: same.spam, again: true };
  return { kind: 'stored', id, spam: verdict.spam, again: false };
}
