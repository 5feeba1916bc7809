/** Every setting of the contact pipeline, read from the environment (documented in .env.example). */
export type ContactConfig = {
  dbPath: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  to: string | undefined;
  from: string | undefined;
  rateLimit: number;
  rateWindowMs: number;
  /** Proxies of our own in front of the server, to find the client in X-Forwarded-For. */
  proxyHops: number;
};

export function contactConfig(
  env: Record<string, string | undefined> = process.env,
): ContactConfig {
  const limit = Number(env.CONTACT_RATE_LIMIT ?? 5);
  const hops = Number(env.CONTACT_PROXY_HOPS ?? 1);
  return {
    dbPath: env.CONTACT_DB || 'data/contact.db',
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    to: env.CONTACT_TO || undefined,
    from: env.CONTACT_FROM || undefined,
    rateLimit: Number.isFinite(limit) && limit > 0 ? limit : 5,
    rateWindowMs: 10 * 60 * 1000,
    proxyHops: Number.isInteger(hops) && hops >= 1 ? hops : 1,
  };
}
