import { describe, expect, it } from 'vitest';
import { buildWarnings } from '@/lib/build/build-warnings';
import { isValidServerActionsKey, readSettings } from '@/lib/settings';

const key = Buffer.alloc(32, 7).toString('base64');
const SITE_URL = 'https://www.snynet.com.my';
const KEY = 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY';

describe('the Server Actions key next build is given', () => {
  it('a production build without one says the form may break after a deploy, and how to fix it', () => {
    const [warning] = buildWarnings(readSettings({ SITE_URL }));
    expect(warning).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set/);
    expect(warning).toContain('openssl rand -base64 32');
    expect(buildWarnings(readSettings({ SITE_URL, [KEY]: key }))).toEqual([]);
    // The static export has no form: nothing to say.
    const exported = buildWarnings(readSettings({ SITE_URL, STATIC_EXPORT: '1' }));
    expect(exported.join('\n')).not.toContain(KEY);
  });

  it('refuses a set key Next could not use, and says how to make one', () => {
    expect(() => readSettings({ [KEY]: 'my-secret' })).toThrow(
      /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be .*16, 24 or 32 bytes.*openssl rand -base64 32/,
    );
    expect(() => readSettings({ [KEY]: key })).not.toThrow();
    expect(() => readSettings({})).not.toThrow();
  });

  it('accepts exactly the AES key lengths', () => {
    for (const bytes of [16, 24, 32])
      expect(isValidServerActionsKey(Buffer.alloc(bytes).toString('base64'))).toBe(true);
    for (const bytes of [8, 31, 64])
      expect(isValidServerActionsKey(Buffer.alloc(bytes).toString('base64'))).toBe(false);
    expect(isValidServerActionsKey('not base64 at all!')).toBe(false);
  });
});
