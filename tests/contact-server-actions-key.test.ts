import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  KEY_FILE,
  KEY_VARIABLE,
  isValidKey,
  serverActionsKey,
} from '@/lib/contact/server-actions-key.mjs';

const dirs: string[] = [];
/** A fresh `.next/cache` that does not exist yet, as on a first build. */
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'actions-key-'));
  dirs.push(dir);
  return join(dir, '.next', 'cache');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the Server Actions key scripts/build.mjs gives next build', () => {
  it('is made once and then kept, so consecutive builds get the same one', () => {
    const dir = cacheDir();
    const first = serverActionsKey({ env: {}, cacheDir: dir });
    expect(first.source).toBe('new');
    expect(Buffer.from(first.key, 'base64')).toHaveLength(32);
    // Only the owner may read it: it also encrypts values the actions close over.
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    const second = serverActionsKey({ env: {}, cacheDir: dir });
    expect(second).toEqual({ key: first.key, source: 'cache' });
  });

  it('takes NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when set, and writes nothing', () => {
    const dir = cacheDir();
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(serverActionsKey({ env: { [KEY_VARIABLE]: key }, cacheDir: dir })).toEqual({
      key,
      source: 'environment',
    });
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
  });

  it('refuses a set key Next could not use, and says how to make one', () => {
    expect(() =>
      serverActionsKey({ env: { [KEY_VARIABLE]: 'my-secret' }, cacheDir: cacheDir() }),
    ).toThrow(/16, 24 or 32 bytes.*openssl rand -base64 32/);
  });

  it('replaces a damaged kept key instead of handing it to Next', () => {
    const dir = cacheDir();
    serverActionsKey({ env: {}, cacheDir: dir });
    writeFileSync(join(dir, KEY_FILE), 'half a ke');
    const made = serverActionsKey({ env: {}, cacheDir: dir });
    expect(made.source).toBe('new');
    expect(readFileSync(join(dir, KEY_FILE), 'utf8').trim()).toBe(made.key);
  });

  it('accepts exactly the AES key lengths', () => {
    for (const bytes of [16, 24, 32])
      expect(isValidKey(Buffer.alloc(bytes).toString('base64'))).toBe(true);
    for (const bytes of [8, 31, 64])
      expect(isValidKey(Buffer.alloc(bytes).toString('base64'))).toBe(false);
    expect(isValidKey('not base64 at all!')).toBe(false);
  });
});
