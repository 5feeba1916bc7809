import { describe, expect, it } from 'vitest';
import { rankRelated, type RankablePost } from '@/lib/posts/related';

const post = (slug: string, tags: string[], text: string, date = '2021-01-01'): RankablePost => ({
  slug,
  date,
  title: slug.replace(/-/g, ' '),
  excerpt: '',
  tags,
  plainText: text,
});

const corpus = [
  post(
    'ledger-ransomware',
    ['security', 'microsoft'],
    'Ransomware encrypted ledger servers after poisoned invoices reached email',
  ),
  post('office-laptops', ['microsoft', 'windows'], 'Buy office laptops with a licensed system'),
  post(
    'patch-mail-servers',
    ['security'],
    'Patch mail servers now: intruders encrypted ledger servers by email',
  ),
  post('phone-tabs', ['browsers'], 'A phone browser asks before closing every tab'),
  post('cdn-guide', ['web-performance'], 'A CDN serves web pages from servers near visitors'),
  post('all-hands-live-final', ['sports'], 'Stream the live final once for everyone'),
];

describe('rankRelated', () => {
  it('never returns the post itself and returns the requested count', () => {
    const target = corpus[0]!;
    const related = rankRelated(target, corpus, 3);
    expect(related).toHaveLength(3);
    expect(related.map((p) => p.slug)).not.toContain('ledger-ransomware');
  });

  it('puts posts sharing more tags first, then ranks by text similarity', () => {
    const related = rankRelated(corpus[0]!, corpus, 5).map((p) => p.slug);
    // Both share one tag; "patch-mail-servers" talks about the same ledger servers and email, so it
    // wins (slug order alone would put "office-laptops" first).
    expect(related.slice(0, 2)).toEqual(['patch-mail-servers', 'office-laptops']);
    // Among posts with no shared tag, the one about servers beats sport (which sorts first by slug).
    expect(related.indexOf('cdn-guide')).toBeLessThan(related.indexOf('all-hands-live-final'));
  });

  it('gives the same order for the same content whatever order the corpus is in', () => {
    const a = rankRelated(corpus[3]!, corpus, 5).map((p) => p.slug);
    const b = rankRelated(corpus[3]!, [...corpus].reverse(), 5).map((p) => p.slug);
    expect(b).toEqual(a);
  });

  it('breaks full ties by newest date, then slug', () => {
    const twins = [
      post('target', ['x'], 'alpha'),
      post('b-old', [], 'zzz', '2020-01-01'),
      post('a-new', [], 'yyy', '2022-01-01'),
      post('c-new', [], 'www', '2022-01-01'),
    ];
    expect(rankRelated(twins[0]!, twins, 3).map((p) => p.slug)).toEqual([
      'a-new',
      'c-new',
      'b-old',
    ]);
  });

  it('returns fewer when the corpus is small', () => {
    expect(rankRelated(corpus[0]!, corpus.slice(0, 2), 3).map((p) => p.slug)).toEqual([
      'office-laptops',
    ]);
  });

  it('picks the same top posts as a full ranking of a large corpus', () => {
    const topics = ['security', 'cloud', 'email', 'windows', 'browsers', 'hosting'];
    const words = 'server patch backup firewall licence browser router storage'.split(' ');
    const big = Array.from({ length: 300 }, (_, i) =>
      post(
        `post-${i}`,
        [topics[i % 6]!, topics[(i * 7) % 5]!],
        Array.from({ length: 40 }, (_, k) => words[(i * 31 + k * 17) % words.length]).join(' '),
        `2021-01-${String((i % 28) + 1).padStart(2, '0')}`,
      ),
    );
    for (const target of big.slice(0, 30)) {
      const full = rankRelated(target, big, big.length - 1).map((p) => p.slug);
      expect(rankRelated(target, big, 3).map((p) => p.slug)).toEqual(full.slice(0, 3));
    }
  });
});
