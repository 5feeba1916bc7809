import type { Settings } from '../settings';
import { readSiteFile } from '../site/site-file';

// What a production build should tell its operator before it ships, printed by next.config.ts.

/**
 * An address nobody's site lives at: the example domains (RFC 2606, as copied from .env.example),
 * the reserved test/local names, and this machine.
 */
export function isPlaceholderUrl(value: string): boolean {
  let host;
  try {
    host = new URL(value).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false; // Not a URL at all: lib/site/site.ts stops the build with its own message.
  }
  return (
    /(^|\.)example\.(com|org|net)(\.[a-z]{2})?$/.test(host) ||
    /(^|\.)your-domain\./.test(host) ||
    /(^|\.)(example|test|invalid|localhost|local)$/.test(host) ||
    /^(127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/.test(host)
  );
}

/** The warnings for a production build, one line each. */
export function buildWarnings(settings: Settings): string[] {
  const warnings: string[] = [];
  const siteUrl = settings.SITE_URL ?? '';
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
  if (settings.STATIC_EXPORT) {
    // The export's contact page offers phone and email; with the placeholder, only the phone.
    if (String(readSiteFile()?.email ?? '').endsWith('@example.com'))
      warnings.push(
        '⚠ The email in content/site.json is still the example.com placeholder: the contact page of ' +
          'this static export offers only the phone number.',
      );
  } else if (!settings.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    warnings.push(
      `⚠ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: Next names the contact form's action with a key it keeps for ` +
        '14 days at most, so a form opened before a later deploy may fail to send. Set one for ' +
        'every build and instance (make it with: openssl rand -base64 32).',
    );
  }
  return warnings;
}
