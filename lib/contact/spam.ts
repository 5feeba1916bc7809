/** Name of the hidden field people never see (and so never fill in) but form-filling bots do. */
export const HONEYPOT_FIELD = 'website';
/** Hidden field holding when the visitor started on the form (ms since epoch, set in the browser). */
export const STARTED_AT_FIELD = 'startedAt';
/** Nobody types a real enquiry faster than this. */
export const MIN_FILL_MS = 3000;

export type SpamVerdict = { spam: false } | { spam: true; reason: 'honeypot' | 'too-fast' };

export function spamVerdict(honeypot: string, startedAt: string, now: number): SpamVerdict {
  if (honeypot.trim() !== '') return { spam: true, reason: 'honeypot' };
  const started = Number(startedAt);
  // A missing stamp is not spam: without JavaScript the browser cannot set it.
  if (
    startedAt !== '' &&
    Number.isFinite(started) &&
    started <= now &&
    now - started < MIN_FILL_MS
  ) {
    return { spam: true, reason: 'too-fast' };
  }
  return { spam: false };
}
