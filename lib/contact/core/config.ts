import { readSettings } from '../../settings';

/** Every setting of the contact pipeline (lib/settings.ts reads and checks them). */
export type ContactConfig = {
  dbPath: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  to: string | undefined;
  from: string | undefined;
  rateLimit: number;
  rateWindowMs: number;
  /** Enquiries the whole site stores (and so emails) per hour, whoever sends them. */
  siteLimit: number;
  /** Proxies of our own in front of the server, to find the client in X-Forwarded-For. */
  proxyHops: number;
  /** Whether CONTACT_PROXY_HOPS was set: someone said what stands in front of the server. */
  proxyDeclared: boolean;
  /** First wait of the mail retry timer; it doubles after each failed round, up to an hour. */
  retryMs: number;
  /** Sends the timer tries per enquiry before leaving it to `npm run contact:retry`. */
  retryMaxAttempts: number;
  /** Days an enquiry is kept once its email has gone out (CONTACT_RETENTION_DAYS). */
  retentionDays: number;
};

export function contactConfig(
  env: Record<string, string | undefined> = process.env,
): ContactConfig {
  const settings = readSettings(env);
  return {
    dbPath: settings.CONTACT_DB,
    databaseUrl: settings.DATABASE_URL,
    smtpUrl: settings.SMTP_URL,
    to: settings.CONTACT_TO,
    from: settings.CONTACT_FROM,
    rateLimit: settings.CONTACT_RATE_LIMIT,
    rateWindowMs: 10 * 60 * 1000,
    siteLimit: settings.CONTACT_SITE_LIMIT,
    proxyHops: settings.CONTACT_PROXY_HOPS,
    proxyDeclared: settings.contactProxyDeclared,
    retryMs: settings.CONTACT_RETRY_MS,
    retryMaxAttempts: settings.CONTACT_RETRY_MAX_ATTEMPTS,
    retentionDays: settings.CONTACT_RETENTION_DAYS,
  };
}
