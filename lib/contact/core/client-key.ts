import { isIPv4, isIPv6 } from 'node:net';
import { contactConfig } from './config';

/**
 * The rate limit's key for an address. One IPv6 customer gets a whole /64 (2^64 addresses), so
 * IPv6 is keyed by its first four groups; an IPv4 address written as IPv6 (::ffff:203.0.113.5)
 * is the IPv4 address. Anything else (no address, a made-up word) is kept as given.
 */
export function addressKey(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(bare)) return address;
  return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, "::" filled in, an IPv4 tail turned into two groups. */
function expandIPv6(address: string): string[] {
  const ipv4Tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  let text = address;
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail.slice(1).map(Number);
    const hex = (x = 0, y = 0) => ((x << 8) | y).toString(16);
    text = `${address.slice(0, ipv4Tail.index)}${hex(a, b)}:${hex(c, d)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}

/**
 * Who is asking, for the rate limit. X-Forwarded-For is a list each proxy appends to, and its
 * left end is whatever the client sent, so it is read from the right: `proxyHops` is how many
 * proxies of our own stand in front of `next start` (CONTACT_PROXY_HOPS, default 1: nginx, or
 * Vercel's edge, which replaces the header). With none, Next fills in the peer's address only
 * when the header is absent, so a client can still write its own: run behind a proxy (README);
 * the site-wide ceiling bounds what made-up addresses can cost. IPv6 is keyed by its /64.
 */
export function clientKeyFrom(
  headers: Headers,
  proxyHops: number = contactConfig().proxyHops,
): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const seenByOurProxy = chain[Math.max(0, chain.length - proxyHops)];
  return addressKey(seenByOurProxy || headers.get('x-real-ip') || 'unknown');
}
