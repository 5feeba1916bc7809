import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { prerender } from 'react-dom/static';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrivacyNotice } from '@/components/contact/privacy-notice';
import { SiteFooter } from '@/components/layout/site-footer';
import { MdxContent } from '@/components/mdx/mdx-content';
import { CONTENT_DIR } from '@/lib/settings';
import { privacyStop, privacyWarnings } from '@/lib/privacy/privacy-facts';
import { site } from '@/lib/site/site';

async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

/** What a visitor reads: the markup without tags and with entities decoded. */
const text = (markup: string) =>
  markup
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const body = readFileSync(join(CONTENT_DIR, 'pages', 'privacy.mdx'), 'utf8').replace(
  /^---\n[\s\S]*?\n---\n/,
  '',
);
const page = async () => text(await html(<MdxContent locale="en" source={body} />));

// As next.config.ts sets it for a server build with the form; each test may change it.
beforeEach(() => vi.stubEnv('SNYNET_CONTACT_FORM', 'on'));
afterEach(() => vi.unstubAllEnvs());

describe('the privacy page', () => {
  it('names the company from the settings: registered name, SSM number and phone, no placeholder email', async () => {
    const shown = await page();
    expect(shown).toContain(`Company ${site.legalName}`);
    expect(shown).toContain(`SSM registration no. ${site.registrationNumber}`);
    expect(shown).toContain(`No. pendaftaran SSM ${site.registrationNumber}`);
    expect(shown).toContain(site.phone);
    expect(shown).not.toContain('@example.com');
  });

  it('has its Malay part under its own heading', async () => {
    const markup = await html(<MdxContent locale="en" source={body} />);
    expect(markup).toMatch(/<h2[^>]*>Bahasa Melayu<\/h2>/);
  });

  it('states the retention period, the store and the mail provider of the build, in both languages', async () => {
    vi.stubEnv('CONTACT_RETENTION_DAYS', '90');
    vi.stubEnv('SMTP_URL', 'smtps://mailer:Secret-pw@smtp.fixture-mail.test:465');
    vi.stubEnv('DATABASE_URL', '');
    const shown = await page();
    expect(shown).toContain('Kept for 90 days after it arrives');
    expect(shown).toContain('Disimpan selama 90 hari');
    expect(shown).toContain('our mail provider (smtp.fixture-mail.test)');
    expect(shown).toContain('a database file on the server');
    expect(shown).not.toContain('Secret-pw');
    expect(shown).not.toContain('the mail provider]');
  });

  it('without the form (the static export) says the website stores nothing, and asks for the email facts', async () => {
    vi.stubEnv('SNYNET_CONTACT_FORM', 'static');
    vi.stubEnv('CONTACT_RETENTION_DAYS', '90');
    const shown = await page();
    expect(shown).toContain('the website stores none of it');
    expect(shown).toContain('laman web ini tidak menyimpan apa-apa');
    expect(shown).toContain('[TO BE CONFIRMED: how long emails are kept]');
    expect(shown).not.toContain('90 days');
    expect(shown).not.toContain('database');
    const [warning] = privacyWarnings({ env: {}, contentDir: CONTENT_DIR, form: false });
    expect(warning).toContain('how long emails are kept (this build has no form)');
  });

  it('marks what only the company knows as a placeholder', async () => {
    vi.stubEnv('SMTP_URL', '');
    const shown = await page();
    expect(shown).toContain('[TO BE CONFIRMED: the mail provider]');
    expect(shown).toContain("[TO BE CONFIRMED: the fixture's hosting country]");
  });
});

describe('the notice where the data is asked for', () => {
  it('the form says what happens to the enquiry, in English and Malay, and links the page', async () => {
    const markup = await html(<PrivacyNotice channel="form" locale="en" />);
    expect(markup).toMatch(/<p lang="en">/);
    expect(markup).toMatch(/<p lang="ms">/);
    expect(text(markup)).toContain('stored in our database and emailed to our team');
    expect(text(markup)).toContain('disimpan dalam pangkalan data kami');
    expect(markup.match(/href="\/privacy"/g)).toHaveLength(2);
  });

  it('the static export says the same about phone and email', async () => {
    const shown = text(await html(<PrivacyNotice channel="direct" locale="en" />));
    expect(shown).toContain('by phone or email is used only to answer you');
    expect(shown).toContain('melalui telefon atau e-mel');
    expect(shown).toContain('only as long as we need to answer you');
    expect(shown).not.toMatch(/\d+ days/);
  });

  it('every footer links the privacy notice and shows the registered name and SSM number', async () => {
    const markup = await html(<SiteFooter locale="en" />);
    expect(markup).toContain('href="/privacy"');
    expect(text(markup)).toContain(`${site.legalName}. All rights reserved.`);
    expect(text(markup)).toContain(`SSM registration no. ${site.registrationNumber}`);
  });
});

describe('the production build and the privacy page', () => {
  it('stops a server build with the form but no privacy page, in one plain line', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-privacy-'));
    try {
      const stop = privacyStop('on', empty) ?? '';
      expect(stop).toContain(`${empty}/pages/privacy.mdx is missing`);
      expect(stop).not.toContain('\n');
      expect(privacyStop('off', empty)).toBeUndefined();
      expect(privacyStop('on', CONTENT_DIR)).toBeUndefined();
    } finally {
      rmSync(empty, { recursive: true });
    }
  });

  it('warns while placeholders remain, counting them', () => {
    const env = { SMTP_URL: 'smtp://smtp.fixture-mail.test' };
    const [warning] = privacyWarnings({ env, contentDir: CONTENT_DIR, form: true });
    expect(warning).toContain('1 "[TO BE CONFIRMED: …]"');
    const [noMail] = privacyWarnings({ env: {}, contentDir: CONTENT_DIR, form: true });
    expect(noMail).toContain('SMTP_URL is not set');
  });
});

describe('a preview build', () => {
  it('says on its banner that the privacy page still has placeholders', async () => {
    const { PreviewBanner } = await import('@/components/layout/preview-banner');
    const shown = text(await html(<PreviewBanner />));
    expect(shown).toContain('The privacy page still has [TO BE CONFIRMED: …] placeholders');
  });
});
