import { timingSafeEqual } from 'node:crypto';
import { readSettings } from '../../settings';
import { contactConfig } from '../core/config';
import { deliverPending } from './outbox';
import { deleteExpired } from '../store/retention';
import { STALE_MS, staleLine } from './retry-timer';
import type { SubmitDeps } from '../core/submit';

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/** Whether `header` is exactly `Bearer <secret>`, compared in constant time. */
export function bearerMatches(header: string | null, secret: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The outbox drained on request, for hosts with no long-lived process to run the retry timer
 * (Vercel's cron calls it with `Authorization: Bearer $CRON_SECRET`). Without CRON_SECRET the
 * route does not exist (404); a wrong or missing token gets 401 and sends nothing.
 */
export async function handleDrain(
  request: Request,
  deps: SubmitDeps,
  secret: string | undefined = readSettings().CRON_SECRET,
): Promise<Response> {
  if (!secret?.trim()) return json(404, { ok: false, error: 'Not found.' });
  if (!bearerMatches(request.headers.get('authorization'), secret))
    return json(401, { ok: false, error: 'Send Authorization: Bearer <CRON_SECRET>.' });
  try {
    const { retryMaxAttempts, retentionDays } = contactConfig();
    const report = await deliverPending(deps.store, deps.mailer, { maxAttempts: retryMaxAttempts });
    const deleted = await deleteExpired(deps.store, retentionDays, deps.now());
    for (const error of report.errors)
      console.error(`contact: email not sent, kept for retry: ${error}`);
    const [oldest] = await deps.store.pending(1);
    const waited = oldest ? deps.now() - Date.parse(oldest.createdAt) : 0;
    if (waited > STALE_MS) console.warn(staleLine(waited, Boolean(deps.mailer)));
    return json(200, {
      ok: true,
      sent: report.sent,
      failed: report.failed,
      deleted,
      waiting: Boolean(oldest),
    });
  } catch (error) {
    console.error(`contact: the outbox could not be drained: ${String(error)}`);
    return json(503, { ok: false, error: 'The enquiry store could not be reached.' });
  }
}
