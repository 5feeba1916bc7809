import { isValidKey, KEY_VARIABLE } from './contact/server-actions-key.mjs';
import { readSiteFile } from './site-file.mjs';

// What a production build should tell its operator before it ships, printed by next.config.mjs.
// Plain JavaScript: the config loads it before any TypeScript is compiled.

/**
 * An address nobody's site lives at: the example domains (RFC 2606, as copied from .env.example),
 * the reserved test/local names, and this machine.
 * @param {string} value
 */
export function isPlaceholderUrl(value) {
  let host;
  try {
    host = new URL(value).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false; // Not a URL at all: lib/site.ts stops the build with its own message.
  }
  return (
    /(^|\.)example\.(com|org|net)(\.[a-z]{2})?$/.test(host) ||
    /(^|\.)your-domain\./.test(host) ||
    /(^|\.)(example|test|invalid|localhost|local)$/.test(host) ||
    /^(127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/.test(host)
  );
}

/**
 * The warnings for a production build, one line each.
 * @param {{ env: Record<string, string | undefined>, staticExport: boolean }} options
 * @returns {string[]}
 */
export function buildWarnings({ env, staticExport }) {
  const warnings = [];
  const siteUrl = env.SITE_URL?.trim() ?? '';
  if (!siteUrl)
    warnings.push(
      '⚠ SITE_URL is not set: canonical links, the sitemap, feeds and share tags will point at ' +
        'http://localhost:3000. For a production build run e.g. SITE_URL=https://www.snynet.com.my npm run build',
    );
  else if (isPlaceholderUrl(siteUrl))
    warnings.push(
      `⚠ SITE_URL is ${siteUrl}, a placeholder or local address: canonical links, the sitemap, ` +
        'feeds and share tags will point there. For a production build set the real address, e.g. ' +
        'SITE_URL=https://www.snynet.com.my npm run build',
    );
  if (staticExport) {
    // The export's contact page offers phone and email; with the placeholder, only the phone.
    if (String(readSiteFile()?.email ?? '').endsWith('@example.com'))
      warnings.push(
        '⚠ The email in content/site.json is still the example.com placeholder: the contact page of ' +
          'this static export offers only the phone number.',
      );
  } else if (!env[KEY_VARIABLE]?.trim()) {
    warnings.push(
      `⚠ ${KEY_VARIABLE} is not set: Next names the contact form's action with a key it keeps for ` +
        '14 days at most, so a form opened before a later deploy may fail to send. Set one for ' +
        'every build and instance (make it with: openssl rand -base64 32).',
    );
  }
  return warnings;
}

/**
 * Stops the build on a Server Actions key Next could not use, in plain words.
 * @param {Record<string, string | undefined>} env
 */
export function checkServerActionsKey(env) {
  const given = env[KEY_VARIABLE]?.trim();
  if (given && !isValidKey(given))
    throw new Error(
      `${KEY_VARIABLE} must be a base64 AES key of 16, 24 or 32 bytes; make one with: openssl rand -base64 32`,
    );
}
