import { describe, expect, it } from 'vitest';
import { postsIn } from '@/lib/i18n/posts';
import {
  buildSearchIndex,
  isSearchIndex,
  search,
  tokenize,
  type IndexablePost,
} from '@/lib/posts/search';

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
    expect(tokenize("Café Wi‑Fi: Aina Rahman's 86.65 m cable")).toEqual([
      'cafe',
      'wi',
      'fi',
      'aina',
      'rahman',
      '86',
      '65',
      'cable',
    ]);
  });

  const index = buildSearchIndex([
    doc('/blog/ransomware', {
      title: 'Ransomware hits accounting firms',
      excerpt: 'Servers were encrypted.',
      tags: ['security'],
      plainText: 'Ledgerlock sent poisoned invoices to accounting servers.',
      date: '2021-03-08',
    }),
    doc('/blog/cdn', {
      title: 'Choosing a CDN',
      excerpt: 'A CDN serves your pages from servers near visitors.',
      tags: ['web-performance'],
      plainText: 'Cloudflare and others cache pages. Security features come too.',
      date: '2021-07-20',
    }),
    doc('/blog/constructor', { title: 'The constructor toString valueOf of an object' }),
  ]);
  const urls = (query: string) => search(index, query).map((hit) => hit.document.url);

  it('finds words that appear only in a body', () => {
    expect(urls('ledgerlock')).toEqual(['/blog/ransomware']);
    expect(urls('cloudflare')).toEqual(['/blog/cdn']);
  });

  it('ranks a title or tag match above a body match', () => {
    // "security" is the ransomware post's tag but only a body word in the CDN post.
    expect(urls('security')).toEqual(['/blog/ransomware', '/blog/cdn']);
    // Both mention servers; the CDN post has it in its excerpt, ransomware in excerpt and body.
    expect(urls('servers')).toHaveLength(2);
  });

  it('matches the start of a word as you type, and needs every word', () => {
    expect(urls('ledg')).toEqual(['/blog/ransomware']);
    expect(urls('rans serv')).toEqual(['/blog/ransomware']);
    expect(urls('ransomware cloudflare')).toEqual([]);
  });

  it('ignores case and accents, and finds nothing for an empty or one-letter query', () => {
    expect(urls('LÉDGERLOCK')).toEqual(['/blog/ransomware']);
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
    if (isSearchIndex(parsed)) expect(search(parsed, 'ledgerlock')).toHaveLength(1);
  });

  it('indexes the site’s posts: body words find their article, bodies are not shipped', () => {
    const real = buildSearchIndex(postsIn('en', { includeDrafts: false, today: '2026-11-28' }));
    const found = (query: string) => search(real, query).map((hit) => hit.document.url);
    // Words found only in the fixture posts' bodies.
    expect(found('ledgerlock')).toEqual(['/blog/ransomware-hits-accounting-firms']);
    expect(found('routers')).toEqual(['/blog/streaming-a-live-final-without-slowing-the-office']);
    expect(found('flags')).toEqual(['/blog/phone-browsers-finally-ask-before-closing-every-tab']);
    // Only published posts: the draft's and the 2099 post's words find nothing.
    expect(found('written')).toEqual([]);
    expect(real.documents.map((d) => d.url)).not.toContain('/blog/a-draft-nobody-should-see');
    expect(real.documents).toHaveLength(5);
    expect(real.documents[0]).not.toHaveProperty('plainText');
    expect(JSON.stringify(real).length).toBeLessThan(60_000);
  });
});
