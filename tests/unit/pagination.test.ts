import { describe, expect, it } from 'vitest';
import {
  firstPage,
  pageCount,
  pageParams,
  paginate,
  parsePageParam,
  POSTS_PER_PAGE,
} from '@/lib/posts/pagination';
import { listingPagePath, tagPath } from '@/lib/site/routes';
import { countTags, tagLabel, withTag } from '@/lib/posts/tags';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pagination', () => {
  it('fills whole rows of the two- and three-column grids, with no lone card', () => {
    expect(POSTS_PER_PAGE % 2).toBe(0);
    expect(POSTS_PER_PAGE % 3).toBe(0);
  });

  it('keeps everything on one page until there are more posts than a page holds', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(5)).toBe(1);
    expect(pageCount(12)).toBe(1);
    expect(pageCount(13)).toBe(2);
    expect(pageCount(19, 9)).toBe(3);
    const only = paginate(items(5), 1, '/blog');
    expect(only).toEqual({
      items: [1, 2, 3, 4, 5],
      page: 1,
      totalPages: 1,
      prevHref: undefined,
      nextHref: undefined,
    });
  });

  it('splits 28 posts into 12 + 12 + 4 with prev/next links between the pages', () => {
    const posts = items(28);
    const first = paginate(posts, 1, '/blog');
    const middle = paginate(posts, 2, '/blog');
    const last = paginate(posts, 3, '/blog');
    expect(first?.items).toEqual(items(12));
    expect(first).toMatchObject({ prevHref: undefined, nextHref: '/blog/page/2', totalPages: 3 });
    expect(middle?.items).toEqual(items(24).slice(12));
    // Page 2's "newer" link is the listing's own address, never ".../page/1".
    expect(middle).toMatchObject({ prevHref: '/blog', nextHref: '/blog/page/3' });
    expect(last).toMatchObject({
      items: [25, 26, 27, 28],
      prevHref: '/blog/page/2',
      nextHref: undefined,
    });
  });

  it('has no page 0, no page past the end and no fractional page', () => {
    expect(paginate(items(20), 0, '/blog')).toBeUndefined();
    expect(paginate(items(20), 3, '/blog')).toBeUndefined();
    expect(paginate(items(20), 1.5, '/blog')).toBeUndefined();
    expect(paginate(items(20), Number.NaN, '/blog')).toBeUndefined();
  });

  it('works for tag listings too', () => {
    expect(listingPagePath('/blog/tags/security', 1)).toBe('/blog/tags/security');
    expect(listingPagePath('/blog/tags/security', 2)).toBe('/blog/tags/security/page/2');
    expect(paginate(items(12), 2, '/blog/tags/security', 5)?.nextHref).toBe(
      '/blog/tags/security/page/3',
    );
  });

  it('always has a first page, even with nothing to list', () => {
    expect(firstPage([], '/blog')).toMatchObject({ items: [], page: 1, totalPages: 1 });
  });

  it('prerenders every page number, including 1 (a static export needs at least one)', () => {
    expect(pageParams(0)).toEqual([{ page: '1' }]);
    expect(pageParams(28)).toEqual([{ page: '1' }, { page: '2' }, { page: '3' }]);
  });

  it('reads only plain page numbers from the address', () => {
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['0', '01', '-1', '2.5', 'two', ''])
      expect(parsePageParam(bad), bad).toBeNaN();
  });
});

describe('tags', () => {
  const posts = [
    { slug: 'a', tags: ['security', 'microsoft'] },
    { slug: 'b', tags: ['microsoft', 'windows'] },
    { slug: 'c', tags: ['security', 'email', 'security'] },
  ];

  it('counts posts per tag, most used first, then A–Z', () => {
    expect(countTags(posts)).toEqual([
      { tag: 'microsoft', count: 2 },
      { tag: 'security', count: 2 },
      { tag: 'email', count: 1 },
      { tag: 'windows', count: 1 },
    ]);
  });

  it('lists the posts carrying a tag, in the order given', () => {
    expect(withTag(posts, 'security').map((p) => p.slug)).toEqual(['a', 'c']);
    expect(withTag(posts, 'nothing')).toEqual([]);
  });

  it('links and labels tags', () => {
    expect(tagPath('web-performance')).toBe('/blog/tags/web-performance');
    expect(tagLabel('web-performance', {})).toBe('Web performance');
    expect(tagLabel('microsoft', {})).toBe('Microsoft');
    // content/site.json's tagLabels wins where capitals matter.
    expect(tagLabel('seo', { seo: 'SEO' })).toBe('SEO');
    expect(tagLabel('seo', {})).toBe('Seo');
    expect(tagLabel('constructor', {})).toBe('Constructor');
  });
});
