import { afterAll, describe, expect, it } from 'vitest';
import { addressKey } from '@/lib/contact/core/client-key';
import { handleContactPost } from '@/lib/contact/http/http';
import { listenHostname, proxyWarning } from '@/lib/contact/http/proxy-warning';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import { clientKeyFrom } from '@/lib/contact/core/client-key';
import { SITE_WINDOW_MS, type SubmitDeps } from '@/lib/contact/core/submit';
import { site } from '@/lib/site/site';
import { sqliteFactory } from '../helpers/stores';

const stores = sqliteFactory();
afterAll(() => stores.cleanup());

const NOW = Date.UTC(2026, 11, 5, 4, 0, 0);
const valid = (i = 0) => ({
  name: 'Aina',
  email: `aina${i}@example.my`,
  message: `Please call me about a new office network (${i}).`,
});

async function deps(extra: Partial<SubmitDeps> = {}): Promise<SubmitDeps> {
  return {
    store: await stores.open(),
    mailer: undefined,
    limiter: new RateLimiter(5, 600_000),
    now: () => NOW,
    ...extra,
  };
}

const post = (body: BodyInit, headers: Record<string, string>) => {
  // A stream body needs `duplex`, which Node's fetch knows and the DOM types do not yet.
  const init: RequestInit & { duplex: 'half' } = {
    method: 'POST',
    body,
    headers: { host: 'www.snynet.test', ...headers },
    duplex: 'half',
  };
  return new Request('http://www.snynet.test/api/contact', init);
};

describe('the body is read as a stream and capped', () => {
  it('stops reading a chunked upload at the limit and answers 413, whatever the headers say', async () => {
    const d = await deps();
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(97);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 20 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const { response } = await handleContactPost(
      post(endless, { 'content-type': 'application/json' }),
      d,
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(1024 * 1024);
    expect(await d.store.count()).toBe(0);
  });
});

describe('posts from another site', () => {
  const form = (i: number) => new URLSearchParams(valid(i)).toString();
  const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

  it('403 in plain words for a form posted from another origin; nothing stored', async () => {
    const d = await deps();
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: 'https://shop.snynet.test' },
    ];
    for (const headers of foreign) {
      const { response } = await handleContactPost(post(form(1), { ...urlencoded, ...headers }), d);
      expect(response.status).toBe(403);
      expect((await response.json()).error).toContain('only be sent from our own contact page');
    }
    expect(await d.store.count()).toBe(0);
  });

  it('stores a form from our own origin, and JSON from a client that sends no Origin', async () => {
    const d = await deps();
    const own = post(form(1), { ...urlencoded, origin: 'http://www.snynet.test' });
    expect((await handleContactPost(own, d)).response.status).toBe(201);
    const fetched = post(form(2), { ...urlencoded, 'sec-fetch-site': 'same-origin' });
    expect((await handleContactPost(fetched, d)).response.status).toBe(201);
    const json = post(JSON.stringify(valid(3)), { 'content-type': 'application/json' });
    expect((await handleContactPost(json, d)).response.status).toBe(201);
    expect(await d.store.count()).toBe(3);
  });
});

describe('limits that hold', () => {
  it('a site-wide ceiling: made-up addresses each pass their own limit, not the ceiling', async () => {
    const d = await deps({ ceiling: new RateLimiter(3, SITE_WINDOW_MS) });
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 6; i++) {
      const { response } = await handleContactPost(
        post(JSON.stringify(valid(i)), {
          'content-type': 'application/json',
          'x-forwarded-for': `198.51.100.${i}`,
        }),
        d,
      );
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
    expect(await d.store.count()).toBe(3);
    expect(Number(refused?.headers.get('retry-after'))).toBe(3600);
    expect((await refused?.json()).error).toContain(site.phone);
  });

  it('keys IPv6 by its /64, and IPv4 written as IPv6 as IPv4', () => {
    const key = (xff: string) => clientKeyFrom(new Headers({ 'x-forwarded-for': xff }), 1);
    expect(key('2001:db8:1:2:aaaa::1')).toBe(key('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(key('2001:db8:1:2::1')).not.toBe(key('2001:db8:1:3::1'));
    expect(key('[2001:0db8:0001:0002::7]')).toBe('2001:db8:1:2::/64');
    expect(key('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('unknown')).toBe('unknown');
  });

  it('remembers a bounded number of clients, forgetting the least recently seen', () => {
    const limiter = new RateLimiter(1, 600_000, 100);
    expect(limiter.take('regular', NOW)).toBe(0);
    for (let i = 0; i < 1000; i++) {
      limiter.take(`made-up-${i}`, NOW);
      if (i % 10 === 0) expect(limiter.take('regular', NOW)).toBeGreaterThan(0);
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
    // Seen all along, the regular client is still limited; the first made-up ones are forgotten.
    expect(limiter.take('regular', NOW)).toBeGreaterThan(0);
    expect(limiter.take('made-up-0', NOW)).toBe(0);
  });
});

describe('the startup warning about X-Forwarded-For', () => {
  it('warns on every interface or a public address when no proxy is declared, else not', () => {
    expect(proxyWarning(listenHostname(['next', 'start']), false)).toMatch(
      /every network interface .*CONTACT_PROXY_HOPS/,
    );
    expect(proxyWarning(listenHostname(['next', 'start', '-H', '0.0.0.0']), false)).toContain(
      '0.0.0.0',
    );
    expect(proxyWarning(listenHostname(['start', '--hostname=203.0.113.9']), false)).toBeDefined();
    expect(proxyWarning(listenHostname(['start', '-H', '127.0.0.1']), false)).toBeUndefined();
    expect(proxyWarning(listenHostname(['start', '--hostname', '::1']), false)).toBeUndefined();
    expect(proxyWarning(undefined, true)).toBeUndefined();
  });
});
