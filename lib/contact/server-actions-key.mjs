// Next derives every Server Action's id from NEXT_SERVER_ACTIONS_ENCRYPTION_KEY at build time
// (Turbopack salts the id hash with it). Unset, Next makes its own key and keeps it for 14 days
// at most, so a later deploy renames the contact form's action and a page opened before it can
// no longer send. The operator sets one key for every build and instance.

/** The variable Next reads. */
export const KEY_VARIABLE = 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY';

/** AES key lengths Next accepts, in bytes. */
const KEY_BYTES = [16, 24, 32];

/** @param {string} value */
export function isValidKey(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  return KEY_BYTES.includes(Buffer.from(value, 'base64').length);
}
