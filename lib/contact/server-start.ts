import { contactConfig } from './config';
import { listenHostname, proxyWarning } from './proxy-warning';
import { startRetryTimer } from './retry-timer';
import { defaultDeps } from './submit';

let started = false;

/** What the server does for the contact form once, when `next start` starts (instrumentation.ts). */
export function startContactServices(): void {
  if (started) return;
  started = true;
  const config = contactConfig();
  const warning = proxyWarning(listenHostname(process.argv), config.proxyDeclared);
  if (warning) console.warn(warning);
  const { store, mailer } = defaultDeps();
  startRetryTimer({ store, mailer, baseMs: config.retryMs, maxAttempts: config.retryMaxAttempts });
}
