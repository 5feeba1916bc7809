import { describe, expect, it } from 'vitest';
import { getAllPosts } from '@/lib/posts';
import {
  buildSearchIndex,
  isSearchIndex,
  search,
  tokenize,
  type IndexablePost,
} from '@/lib/search';

const doc = (url: string, fields: Partial<IndexablePost>): IndexablePost => ({
  url,
  title: '',
  excerpt: '',
  date: '2021-01-01',
  tags: [],
  plainText: '',
  ...fields,
});

describe('search', () => {
  it('splits text into lowercase words without accents', () => {
    expect(tokenize("Café Wi‑Fi: Neeraj Chopra's 86.65 m throw")).toEqual([
      'cafe',
      'wi',
      'fi',
      'neeraj',
      'chopra',
      '86',
      '65',
      'throw',
    ]);
  });

  const index = buildSearchIndex([
    doc('/blog/exchange', {
      title: 'Exchange email attacks',
      excerpt: 'Servers were hacked.',
      tags: ['security'],
      plainText: 'Hafnium used four zero-day flaws in Exchange servers.',
      date: '2021-03-08',
    }),
    doc('/blog/cdn', {
      title: 'Best CDN providers',
      excerpt: 'A CDN serves your pages from servers near visitors.',
      tags: ['web-performance'],
      plainText: 'Cloudflare and others cache pages. Security features come too.',
      date: '2021-07-20',
    }),
    doc('/blog/constructor', { title: 'The constructor toString valueOf of an object' }),
  ]);
  const urls = (query: string) => search(index, query).map((hit) => hit.document.url);

  it('finds words that appear only in a body', () => {
    expect(urls('hafnium')).toEqual(['/blog/exchange']);
    expect(urls('cloudflare')).toEqual(['/blog/cdn']);
  });

  it('ranks a title or tag match above a body match', () => {
    // "security" is the Exchange post's tag but only a body word in the CDN post.
    expect(urls('security')).toEqual(['/blog/exchange', '/blog/cdn']);
    // Both mention servers; the CDN post has it in its excerpt, Exchange in excerpt and body.
    expect(urls('servers')).toHaveLength(2);
  });

  it('matches the start of a word as you type, and needs every word', () => {
    expect(urls('haf')).toEqual(['/blog/exchange']);
    expect(urls('exch serv')).toEqual(['/blog/exchange']);
    expect(urls('exchange cloudflare')).toEqual([]);
  });

  it('ignores case and accents, and finds nothing for an empty or one-letter query', () => {
    expect(urls('HÅFNIUM')).toEqual(['/blog/exchange']);
    expect(urls('')).toEqual([]);
    expect(urls('  e ')).toEqual([]);
  });

  it('copes with words that are also names of object properties', () => {
    expect(urls('constructor')).toEqual(['/blog/constructor']);
    expect(urls('tostring valueof')).toEqual(['/blog/constructor']);
  });

  it('survives a round trip through JSON and says what it is', () => {
    const parsed: unknown = JSON.parse(JSON.stringify(index));
    expect(isSearchIndex(parsed)).toBe(true);
    expect(isSearchIndex({ version: 2 })).toBe(false);
    if (isSearchIndex(parsed)) expect(search(parsed, 'hafnium')).toHaveLength(1);
  });

  it('indexes the real posts: body words find their article, bodies are not shipped', () => {
    const real = buildSearchIndex(getAllPosts({ includeDrafts: false, today: '2026-11-28' }));
    expect(search(real, 'hafnium')[0]?.document.url).toBe(
      '/blog/microsoft-exchange-email-attacks-more-damaging',
    );
    expect(search(real, 'javelin')[0]?.document.url).toBe(
      '/blog/neeraj-chopra-javelin-final-tokyo-olympics-live',
    );
    expect(real.documents[0]).not.toHaveProperty('plainText');
    expect(JSON.stringify(real).length).toBeLessThan(60_000);
  });
});
