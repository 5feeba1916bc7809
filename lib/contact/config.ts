/** Every setting of the contact pipeline, read from the environment (documented in .env.example). */
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

/** The company's decision (README, "Settings"): a year covers a quote's follow-up and renewal. */
export const DEFAULT_RETENTION_DAYS = 365;

const positive = (value: string | undefined, fallback: number, integer = false) => {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) && n > 0 && (!integer || Number.isInteger(n)) ? n : fallback;
};

export function contactConfig(
  env: Record<string, string | undefined> = process.env,
): ContactConfig {
  const hops = Number(env.CONTACT_PROXY_HOPS ?? 1);
  return {
    dbPath: env.CONTACT_DB || 'data/contact.db',
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    to: env.CONTACT_TO || undefined,
    from: env.CONTACT_FROM || undefined,
    rateLimit: positive(env.CONTACT_RATE_LIMIT, 5),
    rateWindowMs: 10 * 60 * 1000,
    siteLimit: positive(env.CONTACT_SITE_LIMIT, 100, true),
    proxyHops: Number.isInteger(hops) && hops >= 1 ? hops : 1,
    proxyDeclared: Boolean(env.CONTACT_PROXY_HOPS?.trim()),
    retryMs: positive(env.CONTACT_RETRY_MS, 60_000),
    retryMaxAttempts: positive(env.CONTACT_RETRY_MAX_ATTEMPTS, 10, true),
    retentionDays: positive(env.CONTACT_RETENTION_DAYS, DEFAULT_RETENTION_DAYS, true),
  };
}
