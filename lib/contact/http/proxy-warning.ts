import { isIP } from 'node:net';

/**
 * The one line `npm start` prints when anyone on the network could pass the per-address limit:
 * X-Forwarded-For is trusted (there is no other address to key on), the server listens beyond
 * this machine, and nobody declared a proxy in front of it (CONTACT_PROXY_HOPS). Undefined when
 * all is well. `hostname`: what `next start -H` was given; none means every interface.
 */
export function proxyWarning(hostname: string | undefined, proxyDeclared: boolean) {
  if (proxyDeclared || (hostname !== undefined && isLoopback(hostname))) return undefined;
  return (
    `⚠ contact: listening on ${hostname ?? 'every network interface'} with no proxy declared, so a client can write ` +
    'any address in X-Forwarded-For and pass the per-address enquiry limit (CONTACT_SITE_LIMIT still ' +
    'caps the whole site): put nginx or a load balancer in front and set CONTACT_PROXY_HOPS=1, or ' +
    'start with -H 127.0.0.1 behind a proxy on this machine.'
  );
}

/** The address given to `next start -H` / `--hostname` (`--hostname=x` too), if any. */
export function listenHostname(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-H' || arg === '--hostname') return argv[i + 1];
    if (arg.startsWith('--hostname=')) return arg.slice('--hostname='.length);
  }
  return undefined;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}
