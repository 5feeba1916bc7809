import { existsSync } from 'node:fs';
import { isAbsolute, normalize } from 'node:path';
import { z } from 'zod';

// Every environment variable the site reads, once: its meaning, default and rule. A value that
// does not parse stops the build or server with one line naming the variable. Client code never
// imports this file (zod stays out of the browser); it reads NEXT_PUBLIC_* and NODE_ENV
// literally, which Next inlines, and values next.config.ts hands it through `env`.

type Env = Record<string, string | undefined>;

/** An unset or blank variable is undefined; a value is trimmed. */
const text = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);
const flag = z
  .enum(['', '1'])
  .optional()
  .transform((value) => value === '1');
const count = (fallback: number, integer = true) =>
  text.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (n > 0 && (!integer || Number.isInteger(n))) return n;
    ctx.addIssue({
      code: 'custom',
      message: integer ? 'must be a whole number above 0' : 'must be a number above 0',
    });
    return z.NEVER;
  });
const url = (schemes: readonly string[]) =>
  text.refine((value) => value === undefined || schemes.includes(safeProtocol(value)), {
    message: `must be an address starting with ${schemes.map((s) => `${s}//`).join(' or ')}`,
  });

function safeProtocol(value: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    return '';
  }
}

/** The folder must exist inside the project: content/ unless CONTENT_DIR names another. */
const contentFolder = text.transform((value, ctx) => {
  const dir = normalize(value ?? 'content').replace(/\/+$/, '');
  if (isAbsolute(dir) || dir.startsWith('..') || !existsSync(dir))
    ctx.addIssue({
      code: 'custom',
      message: 'must name a folder inside the project, such as content or tests/fixtures/site',
    });
  return dir;
});

/** Next accepts AES keys of 16, 24 or 32 bytes, written in base64. */
export function isValidServerActionsKey(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  return [16, 24, 32].includes(Buffer.from(value, 'base64').length);
}

/** What people set: .env.example and README's settings table list exactly these. */
export const SETTINGS = z.object({
  SITE_URL: url(['https:', 'http:'])
    .refine((v) => v === undefined || /^https?:\/\/[^/?#]+\/?$/.test(v), {
      message: "must be the site's address with no path, such as https://www.snynet.com.my",
    })
    .describe('the public address (canonical links, sitemap, feeds, share tags)'),
  SITE_PREVIEW: flag.describe('1 for a preview build on a host other than Vercel'),
  CONTENT_DIR: contentFolder.describe('the content folder, relative to the project'),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: text
    .refine((v) => v === undefined || isValidServerActionsKey(v), {
      message:
        'must be a base64 AES key of 16, 24 or 32 bytes; make one with: openssl rand -base64 32',
    })
    .describe("the contact form action's key, the same on every build and instance"),
  SMTP_URL: url(['smtp:', 'smtps:']).describe('the mail server that sends enquiries to the team'),
  CONTACT_TO: text.describe('who receives each enquiry'),
  CONTACT_FROM: text.describe('the sender of enquiry emails (CONTACT_TO unless set)'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).describe(
    'PostgreSQL for enquiries (serverless, several instances)',
  ),
  CONTACT_DB: text
    .transform((v) => v ?? 'data/contact.db')
    .describe('the SQLite file for enquiries'),
  CONTACT_RATE_LIMIT: count(5, false).describe('enquiries per client per 10 minutes'),
  CONTACT_SITE_LIMIT: count(100).describe('enquiries for the whole site per hour'),
  CONTACT_PROXY_HOPS: count(1).describe('proxies of your own in front of the server'),
  CONTACT_RETRY_MS: count(60_000, false).describe(
    "first wait of the server's email retries, in ms",
  ),
  CONTACT_RETRY_MAX_ATTEMPTS: count(10).describe(
    'email tries per enquiry before an operator retries it',
  ),
  CONTACT_RETENTION_DAYS: count(365).describe('days an enquiry is kept once emailed'),
  CONTACT_FORM: text
    .refine((v) => v === undefined || ['on', 'off'].includes(v.toLowerCase()), {
      message: 'must be on or off',
    })
    .transform((v) => v?.toLowerCase() !== 'off')
    .describe('off builds the contact page without the form'),
  CRON_SECRET: text.describe('lets the cron route send waiting emails'),
  NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: text.describe(
    'the repository the admin saves to (owner/name)',
  ),
  NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: text.describe(
    "the GitHub App's URL name, shown to editors",
  ),
  KEYSTATIC_GITHUB_CLIENT_ID: text.describe("the GitHub App's client id"),
  KEYSTATIC_GITHUB_CLIENT_SECRET: text.describe("the GitHub App's client secret"),
  KEYSTATIC_SECRET: text.describe("signs the admin's login cookie"),
});

/** Set by the host, Next or `npm run build:static`, never by hand; read through here all the same. */
export const PLATFORM_SETTINGS = z.object({
  STATIC_EXPORT: flag.describe('1 in `npm run build:static`'),
  VERCEL: text.transform(Boolean).describe('set by Vercel on its machines'),
  VERCEL_ENV: text.describe('production, preview or development on Vercel'),
  GITHUB_ACTIONS: text.transform((v) => v === 'true').describe('true in a GitHub Actions job'),
});

const ALL = z.object({ ...SETTINGS.shape, ...PLATFORM_SETTINGS.shape });
export type Settings = z.output<typeof ALL> & { contactProxyDeclared: boolean };

/** A setting whose value does not parse; `message` is the one line to show. */
export class SettingsError extends Error {}

/** Reads and checks every setting from `env` (the process's own unless given). */
export function readSettings(env: Env = process.env): Settings {
  const parsed = ALL.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'A setting');
    throw new SettingsError(`${name} ${issue?.message ?? 'is not valid'} (it is "${env[name]}").`);
  }
  return { ...parsed.data, contactProxyDeclared: Boolean(env.CONTACT_PROXY_HOPS?.trim()) };
}

/** A SITE_URL given directly (a command, a test), held to the same rule. */
export function parseSiteUrl(value: string | undefined): string | undefined {
  const parsed = SETTINGS.shape.SITE_URL.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new SettingsError(`SITE_URL ${parsed.error.issues[0]?.message} (it is "${value}").`);
}

/** The content folder of this process (the tests set their fixture site). */
export const CONTENT_DIR = readSettings({ CONTENT_DIR: process.env.CONTENT_DIR }).CONTENT_DIR;
