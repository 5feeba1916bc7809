import { contactConfig } from '../contact/core/config';
import { contactFormBuilt } from '../contact/http/form-built';
import { CONTENT_DIR, readSettings } from '../settings';
import { mailHost, PLACEHOLDER_MARK, privacyWarnings } from './privacy-facts';

/** What the privacy page and the form's notice say about the site's own setup, read at build. */
export type PrivacyFacts = {
  /** This build has the contact form (else visitors reach the company by phone or email only). */
  form: boolean;
  retentionDays: number;
  store: 'postgres' | 'sqlite';
  /** The mail provider's host from SMTP_URL; undefined until email is configured. */
  mailHost: string | undefined;
  /** Built on Vercel: the site and its functions run on Vercel's servers. */
  vercel: boolean;
};

export function privacyFacts(env: Record<string, string | undefined> = process.env): PrivacyFacts {
  const config = contactConfig(env);
  return {
    // Read as Next inlines it (next.config.ts `env`), not from the object passed in.
    form: contactFormBuilt(),
    retentionDays: config.retentionDays,
    store: config.databaseUrl ? 'postgres' : 'sqlite',
    mailHost: mailHost(env),
    vercel: readSettings(env).VERCEL,
  };
}

/** A fact only the company can give, shown as such until it is filled in. */
export const placeholder = (what: string): string => `[${PLACEHOLDER_MARK}: ${what}]`;

/** For the preview banner: a preview is where reviewers look, so it says what the build log says. */
export function privacyPlaceholderNote(): string | undefined {
  const form = contactFormBuilt();
  if (privacyWarnings({ env: process.env, contentDir: CONTENT_DIR, form }).length === 0)
    return undefined;
  return `The privacy page still has [${PLACEHOLDER_MARK}: …] placeholders to fill in before launch.`;
}
