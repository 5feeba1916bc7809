import { describe, expect, it } from 'vitest';
import { getAllPosts, getPostBySlug, getRelatedPosts, placesOwnContactCta } from '@/lib/posts';
import { isVisible } from '@/lib/visibility';

const production = { includeDrafts: false, today: '2026-11-28' };

describe('posts', () => {
  it('loads every seed post newest first with its computed fields', () => {
    const posts = getAllPosts(production);
    expect(posts.length).toBeGreaterThanOrEqual(5);
    const dates = posts.map((p) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const exchange = getPostBySlug('microsoft-exchange-email-attacks-more-damaging', production);
    expect(exchange?.date).toBe('2021-03-08');
    expect(exchange?.source).toBe('Via KrebsOnSecurity / Reuters');
    expect(exchange?.readingTime).toBeGreaterThanOrEqual(2);
    expect(exchange?.plainText).toContain('Hafnium');
    expect(exchange?.plainText).not.toContain('**');
    // Its timeline is a table: cell words, read row by row, without the Markdown's | and ---.
    expect(exchange?.plainText).toContain(
      'Date What happened 6 January The attack began, according to KrebsOnSecurity 2 March',
    );
    expect(exchange?.plainText).not.toMatch(/\||---/);
  });

  it('hides drafts and scheduled posts from production but shows them in preview', () => {
    expect(isVisible({ draft: true, date: '2021-01-01' }, production)).toBe(false);
    expect(isVisible({ draft: false, date: '2026-11-29' }, production)).toBe(false);
    expect(isVisible({ draft: false, date: '2026-11-28' }, production)).toBe(true);
    expect(
      isVisible({ draft: true, date: '2030-01-01' }, { includeDrafts: true, today: '9999-12-31' }),
    ).toBe(true);
  });

  it('relates the Exchange article to the other Microsoft post first', () => {
    const exchange = getPostBySlug('microsoft-exchange-email-attacks-more-damaging', production)!;
    const related = getRelatedPosts(exchange, 3, production);
    expect(related).toHaveLength(3);
    expect(related[0]?.slug).toBe('buy-windows-10-cheapest-prices-september-2021');
  });
});

describe('the "Find Out More" band on an article', () => {
  it('is left to the post when its body places <ContactCta />, so it never shows twice', () => {
    expect(placesOwnContactCta({ body: 'Text.\n\n<ContactCta />\n' })).toBe(true);
    expect(placesOwnContactCta({ body: 'Text about <ContactCtaLike />, a different thing.' })).toBe(
      false,
    );
    expect(placesOwnContactCta({ body: 'Write `<ContactCta />` to add the band.' })).toBe(false);
    expect(placesOwnContactCta({ body: '```mdx\n<ContactCta />\n```\n' })).toBe(false);
    expect(placesOwnContactCta({ body: '{/* <ContactCta /> later */}\n' })).toBe(false);
  });
});
