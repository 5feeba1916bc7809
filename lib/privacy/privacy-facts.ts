import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ContactFormMode } from '../contact/http/form-switch';
import { readSettings } from '../settings';

// Facts the privacy page states about the site's own setup, shared by its MDX components and by
// next.config.ts (the build's warnings and stop).

type Env = Record<string, string | undefined>;

/** How the page marks what only the company knows; the production build warns while one remains. */
export const PLACEHOLDER_MARK = 'TO BE CONFIRMED';

/** The mail provider's host, from SMTP_URL (never its user or password). */
export function mailHost(env: Env): string | undefined {
  const smtpUrl = readSettings(env).SMTP_URL;
  return smtpUrl ? new URL(smtpUrl).hostname || undefined : undefined;
}

function privacySource(contentDir: string): string | undefined {
  const file = join(contentDir, 'pages', 'privacy.mdx');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * The line that stops a server build shipping the form without a privacy page; PDPA section 7
 * asks for the notice where the data is collected.
 */
export function privacyStop(mode: ContactFormMode, contentDir: string): string | undefined {
  if (mode !== 'on' || privacySource(contentDir) !== undefined) return undefined;
  return (
    `Build stopped: the contact form collects personal data and ${contentDir}/pages/privacy.mdx ` +
    'is missing. Restore it (git checkout -- ' +
    `${contentDir}/pages/privacy.mdx), or build with CONTACT_FORM=off.`
  );
}

/** The privacy page's placeholders, one warning line for all. */
export function privacyWarnings({
  env,
  contentDir,
  form,
}: {
  env: Env;
  contentDir: string;
  form: boolean;
}): string[] {
  const source = privacySource(contentDir);
  if (source === undefined) return [];
  const marks = source.split(`[${PLACEHOLDER_MARK}`).length - 1;
  // What <EnquiryHandling> cannot know from this build's setup (components/mdx/enquiry-handling.tsx).
  const unknown = form
    ? mailHost(env)
      ? undefined
      : 'the mail provider (SMTP_URL is not set for this build)'
    : 'the email provider and how long emails are kept (this build has no form)';
  if (marks === 0 && !unknown) return [];
  const parts = [];
  if (marks > 0)
    parts.push(`${marks} "[${PLACEHOLDER_MARK}: …]" in ${contentDir}/pages/privacy.mdx`);
  if (unknown) parts.push(unknown);
  return [
    `⚠ The privacy page still has placeholders: ${parts.join(' and ')}. Fill them in and have ` +
      'the page reviewed before launch (CONTENT.md, "The privacy page").',
  ];
}
