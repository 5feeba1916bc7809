import { describe, expect, it } from 'vitest';
import { postIn, postsIn, relatedIn } from '@/lib/i18n/posts';
import { placesOwnContactCta } from '@/lib/posts/posts';
import { isVisible } from '@/lib/posts/visibility';

const production = { includeDrafts: false, today: '2026-11-28' };

describe('posts', () => {
  it('loads every fixture post newest first with its computed fields', () => {
    const posts = postsIn('en', production);
    // The draft and the post dated 2099 are not published on 2026-11-28.
    expect(posts.map((p) => p.slug)).toEqual([
      'phone-browsers-finally-ask-before-closing-every-tab',
      'buying-office-laptops-what-is-worth-paying-for',
      'streaming-a-live-final-without-slowing-the-office',
      'choosing-a-cdn-for-a-faster-website',
      'ransomware-hits-accounting-firms',
    ]);
    const dates = posts.map((p) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const ransomware = postIn('en', 'ransomware-hits-accounting-firms', production);
    expect(ransomware?.date).toBe('2021-03-08');
    expect(ransomware?.updated).toBe('2021-03-15');
    expect(ransomware?.source).toBe('Via The Fixture Security Bulletin');
    // 154 words: under 200, so one minute.
    expect(ransomware?.readingTime).toBe(1);
    expect(ransomware?.plainText).toContain('Ledgerlock');
    expect(ransomware?.plainText).toContain('Back up your ledgers'); // inside <Callout>
    expect(ransomware?.plainText).not.toContain('**');
    expect(ransomware?.plainText).not.toContain('<Callout');
    // Its timeline is a table: cell words, read row by row, without the Markdown's | and ---.
    expect(ransomware?.plainText).toContain(
      'Week What happened First Poisoned invoices reached the mailboxes Second Ledgers',
    );
    expect(ransomware?.plainText).not.toMatch(/\||---/);
    expect(postIn('en', 'a-draft-nobody-should-see', production)).toBeUndefined();
    expect(postIn('en', 'a-post-scheduled-for-the-far-future', production)).toBeUndefined();
  });

  it('hides drafts and scheduled posts from production but shows them in preview', () => {
    expect(isVisible({ draft: true, date: '2021-01-01' }, production)).toBe(false);
    expect(isVisible({ draft: false, date: '2026-11-29' }, production)).toBe(false);
    expect(isVisible({ draft: false, date: '2026-11-28' }, production)).toBe(true);
    expect(
      isVisible({ draft: true, date: '2030-01-01' }, { includeDrafts: true, today: '9999-12-31' }),
    ).toBe(true);
  });

  it('relates the ransomware article to the other Microsoft post first', () => {
    const ransomware = postIn('en', 'ransomware-hits-accounting-firms', production)!;
    const related = relatedIn(ransomware, 3, production);
    expect(related).toHaveLength(3);
    // The laptops guide shares the "microsoft" tag; no other published post shares a tag.
    expect(related[0]?.slug).toBe('buying-office-laptops-what-is-worth-paying-for');
    // Then by shared words: the phone-browser guide it links to ("phone browser tabs") first.
    expect(related.map((p) => p.slug)).toEqual([
      'buying-office-laptops-what-is-worth-paying-for',
      'phone-browsers-finally-ask-before-closing-every-tab',
      'streaming-a-live-final-without-slowing-the-office',
    ]);
    expect(related.map((p) => p.slug)).not.toContain('a-draft-nobody-should-see');
    expect(related.map((p) => p.slug)).not.toContain('ransomware-hits-accounting-firms');
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
