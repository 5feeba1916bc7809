import { describe, expect, it } from 'vitest';
import { buildWarnings, checkServerActionsKey } from '@/lib/build-warnings.mjs';
import { KEY_VARIABLE, isValidKey } from '@/lib/contact/server-actions-key.mjs';

const key = Buffer.alloc(32, 7).toString('base64');
const SITE_URL = 'https://www.snynet.com.my';

describe('the Server Actions key next build is given', () => {
  it('a production build without one says the form may break after a deploy, and how to fix it', () => {
    const [warning] = buildWarnings({ env: { SITE_URL }, staticExport: false });
    expect(warning).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set/);
    expect(warning).toContain('openssl rand -base64 32');
    expect(buildWarnings({ env: { SITE_URL, [KEY_VARIABLE]: key }, staticExport: false })).toEqual(
      [],
    );
    // The static export has no form: nothing to say.
    const exported = buildWarnings({ env: { SITE_URL }, staticExport: true });
    expect(exported.join('\n')).not.toContain(KEY_VARIABLE);
  });

  it('refuses a set key Next could not use, and says how to make one', () => {
    expect(() => checkServerActionsKey({ [KEY_VARIABLE]: 'my-secret' })).toThrow(
      /16, 24 or 32 bytes.*openssl rand -base64 32/,
    );
    expect(() => checkServerActionsKey({ [KEY_VARIABLE]: key })).not.toThrow();
    expect(() => checkServerActionsKey({})).not.toThrow();
  });

  it('accepts exactly the AES key lengths', () => {
    for (const bytes of [16, 24, 32])
      expect(isValidKey(Buffer.alloc(bytes).toString('base64'))).toBe(true);
    for (const bytes of [8, 31, 64])
      expect(isValidKey(Buffer.alloc(bytes).toString('base64'))).toBe(false);
    expect(isValidKey('not base64 at all!')).toBe(false);
  });
});
