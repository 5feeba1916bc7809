import { readSettings } from '../../settings';

/**
 * Whether a browser sent this request from another site. Browsers say where a request comes from
 * (Sec-Fetch-Site; Origin on every POST), and a page elsewhere can post our form fields in its
 * visitors' browsers without asking (no CORS preflight for forms), each from a real address.
 * No Origin and no Sec-Fetch-Site: not a browser (curl, an integration), so not that attack.
 */
export function isCrossSite(
  headers: Headers,
  siteUrl: string | undefined = readSettings().SITE_URL,
): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = headers.get('origin');
  if (origin === null) return false;
  const originHost = hostOf(origin);
  if (!originHost) return true;
  return !ownHosts(headers, siteUrl).includes(originHost);
}

/** The names this server is reached by: what the browser asked for, through our proxy or not. */
function ownHosts(headers: Headers, siteUrl: string | undefined): string[] {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const hosts = [forwarded, headers.get('host')?.trim()];
  if (siteUrl) hosts.push(hostOf(siteUrl));
  return hosts.filter((host): host is string => Boolean(host)).map((host) => host.toLowerCase());
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
