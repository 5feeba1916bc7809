import { describe, expect, it } from 'vitest';
import {
  NO_DURABLE_STORE,
  contactFormMode,
  contactFormNotice,
  contactStoreStop,
} from '@/lib/contact/form-switch.mjs';

const server = { staticExport: false };

describe('which builds have the contact form', () => {
  it('stops a Vercel production build without DATABASE_URL, in one line naming it', () => {
    const env = { VERCEL: '1', VERCEL_ENV: 'production' };
    expect(contactStoreStop(env, contactFormMode(env, server))).toBe(NO_DURABLE_STORE);
    expect(NO_DURABLE_STORE).toContain('DATABASE_URL');
    expect(NO_DURABLE_STORE).not.toContain('\n');
  });

  it('builds a Vercel deployment with DATABASE_URL with the form, preview or production', () => {
    for (const VERCEL_ENV of ['production', 'preview']) {
      const env = { VERCEL: '1', VERCEL_ENV, DATABASE_URL: 'postgres://u:p@db/site' };
      expect(contactFormMode(env, server)).toBe('on');
      expect(contactStoreStop(env, 'on')).toBeUndefined();
    }
  });

  it('builds a Vercel preview without DATABASE_URL without the form, and says so', () => {
    const mode = contactFormMode({ VERCEL: '1', VERCEL_ENV: 'preview' }, server);
    expect(mode).toBe('no-database');
    expect(contactStoreStop({ VERCEL_ENV: 'preview' }, mode)).toBeUndefined();
    expect(contactFormNotice(mode)).toMatch(/DATABASE_URL.*phone and email/);
  });

  it('leaves the form out anywhere with CONTACT_FORM=off, and keeps it on a server with SQLite', () => {
    expect(contactFormMode({ CONTACT_FORM: 'off' }, server)).toBe('off');
    expect(
      contactFormMode({ CONTACT_FORM: 'off', VERCEL: '1', VERCEL_ENV: 'production' }, server),
    ).toBe('off');
    expect(contactFormMode({}, server)).toBe('on');
    expect(contactFormMode({}, { staticExport: true })).toBe('static');
  });
});
