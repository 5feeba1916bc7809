import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Next derives every Server Action's id from NEXT_SERVER_ACTIONS_ENCRYPTION_KEY at build time
// (Turbopack salts the id hash with it) and writes the key into the build for `next start`.
// Without the variable Next makes a fresh key for each build (in containers, and every 14 days
// elsewhere), so each deploy renamed the contact form's action and a page opened before it could
// no longer send. One key kept across builds keeps the ids while the code is unchanged.

/** The variable Next reads, and the file under `.next/cache` that keeps a generated key. */
export const KEY_VARIABLE = 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY';
export const KEY_FILE = 'server-actions-key';

/** AES key lengths Next accepts, in bytes. */
const KEY_BYTES = [16, 24, 32];

/** @param {string} value */
export function isValidKey(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  return KEY_BYTES.includes(Buffer.from(value, 'base64').length);
}

/**
 * The key for this build: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when set (hosts with several
 * instances must share one), else the one kept in `cacheDir` (`.next/cache`, which survives
 * rebuilds and which Vercel restores), else a new one written there.
 * @param {{ env?: Record<string, string | undefined>, cacheDir: string }} options
 * @returns {{ key: string, source: 'environment' | 'cache' | 'new' }}
 */
export function serverActionsKey({ env = process.env, cacheDir }) {
  const given = env[KEY_VARIABLE]?.trim();
  if (given) {
    if (!isValidKey(given))
      throw new Error(
        `${KEY_VARIABLE} must be a base64 AES key of 16, 24 or 32 bytes; make one with: openssl rand -base64 32`,
      );
    return { key: given, source: 'environment' };
  }
  const file = join(cacheDir, KEY_FILE);
  let kept = '';
  try {
    kept = readFileSync(file, 'utf8').trim();
  } catch {
    // None kept yet: made below.
  }
  if (isValidKey(kept)) return { key: kept, source: 'cache' };
  const key = randomBytes(32).toString('base64');
  mkdirSync(cacheDir, { recursive: true });
  // Written whole, then renamed: a build stopped half-way never leaves half a key behind.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${key}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  return { key, source: 'new' };
}
