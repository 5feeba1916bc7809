/** Name of the hidden field people never see (and so never fill in) but form-filling bots do. */
export const HONEYPOT_FIELD = 'website';
/**
 * Field holding how long the visitor had the page open when they pressed Send, in milliseconds,
 * measured by the browser (performance.now()): a duration on one clock, so a device whose clock
 * is wrong is judged as fairly as any other.
 */
export const ELAPSED_FIELD = 'elapsedMs';
/** Nobody types a real enquiry faster than this. */
export const MIN_FILL_MS = 3000;

export type SpamVerdict = { spam: false } | { spam: true; reason: 'honeypot' | 'too-fast' };

export function spamVerdict(honeypot: string, elapsedMs: string): SpamVerdict {
  if (honeypot.trim() !== '') return { spam: true, reason: 'honeypot' };
  const elapsed = Number(elapsedMs);
  // A missing duration is not spam: without JavaScript the browser cannot measure it.
  if (elapsedMs.trim() !== '' && Number.isFinite(elapsed) && elapsed >= 0 && elapsed < MIN_FILL_MS)
    return { spam: true, reason: 'too-fast' };
  return { spam: false };
}
