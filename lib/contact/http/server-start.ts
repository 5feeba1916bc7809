import { readSettings } from '../../settings';
import { contactConfig } from '../core/config';
import { listenHostname, proxyWarning } from './proxy-warning';
import { startRetryTimer } from '../mail/retry-timer';
import { defaultDeps } from '../core/submit';

let started = false;

/**
 * What the server does for the contact form once, when `next start` starts (instrumentation.ts).
 * On Vercel (VERCEL is set) a function lives only for its requests and a timer in it would never
 * fire reliably: there the cron route drains the outbox (app/api/contact/drain, vercel.json).
 */
export function startContactServices(env: Record<string, string | undefined> = process.env): {
  timer: boolean;
} {
  if (started || readSettings(env).VERCEL) return { timer: false };
  started = true;
  const config = contactConfig(env);
  const warning = proxyWarning(listenHostname(process.argv), config.proxyDeclared);
  if (warning) console.warn(warning);
  const { store, mailer } = defaultDeps();
  startRetryTimer({
    store,
    mailer,
    baseMs: config.retryMs,
    maxAttempts: config.retryMaxAttempts,
    retentionDays: config.retentionDays,
  });
  return { timer: true };
}
