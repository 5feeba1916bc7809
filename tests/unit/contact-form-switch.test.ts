import { describe, expect, it } from 'vitest';
import {
  NO_DURABLE_STORE,
  contactFormMode,
  contactFormNotice,
  contactStoreStop,
} from '@/lib/contact/http/form-switch';
import { readSettings } from '@/lib/settings';

type Env = Record<string, string>;
const mode = (env: Env) => contactFormMode(readSettings(env));
const stop = (env: Env, m: ReturnType<typeof mode>) => contactStoreStop(readSettings(env), m);

describe('which builds have the contact form', () => {
  it('stops a Vercel production build without DATABASE_URL, in one line naming it', () => {
    const env = { VERCEL: '1', VERCEL_ENV: 'production' };
    expect(stop(env, mode(env))).toBe(NO_DURABLE_STORE);
    expect(NO_DURABLE_STORE).toContain('DATABASE_URL');
    expect(NO_DURABLE_STORE).not.toContain('\n');
  });

  it('builds a Vercel deployment with DATABASE_URL with the form, preview or production', () => {
    for (const VERCEL_ENV of ['production', 'preview']) {
      const env = { VERCEL: '1', VERCEL_ENV, DATABASE_URL: 'postgres://u:p@db/site' };
      expect(mode(env)).toBe('on');
      expect(stop(env, 'on')).toBeUndefined();
    }
  });

  it('builds a Vercel preview without DATABASE_URL without the form, and says so', () => {
    const preview = mode({ VERCEL: '1', VERCEL_ENV: 'preview' });
    expect(preview).toBe('no-database');
    expect(stop({ VERCEL_ENV: 'preview' }, preview)).toBeUndefined();
    expect(contactFormNotice(preview)).toMatch(/DATABASE_URL.*phone and email/);
  });

  it('leaves the form out anywhere with CONTACT_FORM=off, and keeps it on a server with SQLite', () => {
    expect(mode({ CONTACT_FORM: 'off' })).toBe('off');
    expect(mode({ CONTACT_FORM: 'off', VERCEL: '1', VERCEL_ENV: 'production' })).toBe('off');
    expect(mode({})).toBe('on');
    expect(mode({ STATIC_EXPORT: '1' })).toBe('static');
  });
});
