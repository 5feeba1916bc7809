import { prerender } from 'react-dom/static';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { plainTextPipeline } from '@/lib/content-model/mdx-pipeline';
import { buildSearchIndex, search } from '@/lib/posts/search';

/** A price comparison as marketing writes it: GitHub-flavoured Markdown, not HTML. */
const PRICE_TABLE = `Office laptop prices this month:

| Model           | Where               | Price   |
| --------------- | ------------------- | ------: |
| Laptop 14 Basic | Fixture Store       | RM 2599 |
| Laptop 14 Pro   | Authorised reseller | RM 3899 |

Details at https://www.example.com/laptops and www.example.com.my.
`;

/** The HTML a post body prerenders to, as the article page renders it. */
async function render(source: string): Promise<string> {
  const { prelude } = await prerender(<MdxContent locale="en" source={source} />);
  return new Response(prelude).text();
}

/** What contentlayer stores for reading time, related posts and search (body.html). */
async function plainText(source: string): Promise<string> {
  const processor = unified();
  plainTextPipeline(processor);
  return String(await processor.process(source));
}

describe('GitHub-flavoured Markdown in a post body', () => {
  it('a table renders as a <table> with header cells, in a box a keyboard can scroll', async () => {
    const html = await render(PRICE_TABLE);
    expect(html).not.toContain('| Model');
    const box = /<div[^>]*role="region"[^>]*>\s*<table/.exec(html)?.[0] ?? '';
    expect(box).toContain('tabindex="0"');
    expect(box).toContain('overflow-x-auto');
    expect(box).toContain('aria-label="Table: Model, Where, Price"');
    const headers = [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['Model', 'Where', 'Price']);
    expect(html).toMatch(/<td[^>]*>Laptop 14 Pro<\/td>/);
    // The column written ----: stays right-aligned, so prices line up.
    expect(html).toMatch(/<td[^>]*style="text-align:\s*right"[^>]*>RM 3899<\/td>/);
  });

  it('a bare https:// or www. address becomes a link', async () => {
    const html = await render(PRICE_TABLE);
    expect(html).toMatch(/<a href="https:\/\/www\.example\.com\/laptops"[^>]*>/);
    expect(html).toMatch(
      /<a href="http:\/\/www\.example\.com\.my"[^>]*>www\.example\.com\.my<\/a>/,
    );
  });

  it('~~two tildes~~ strike text through; one tilde (about RM 50) stays a tilde', async () => {
    const html = await render('Now ~~RM 699~~ RM 599, was ~RM 50 to ~RM 80.\n');
    expect(html).toContain('<del>RM 699</del>');
    expect(html).toContain('was ~RM 50 to ~RM 80.');
  });

  it('a checklist shows its boxes, each named for screen readers', async () => {
    const html = await render('- [x] Back up\n- [ ] Update\n');
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*aria-label="Done"[^>]*checked/);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*aria-label="Not done"/);
  });

  it('a footnote links to its note at the end, and back', async () => {
    const html = await render('Prices include SST.[^sst]\n\n[^sst]: Sales and service tax, 8%.\n');
    expect(html).toMatch(/<sup><a [^>]*href="#user-content-fn-sst"[^>]*>1<\/a><\/sup>/);
    expect(html).toMatch(/<li id="user-content-fn-sst">[\s\S]*Sales and service tax, 8%\./);
    expect(html).toContain('href="#user-content-fnref-sst"');
  });
});

describe('plain text of a body with a table (reading time, related posts, search)', () => {
  it('holds the words of every cell, not pipes and dashes, and search finds them', async () => {
    const text = await plainText(PRICE_TABLE);
    expect(text).not.toMatch(/\||---/);
    expect(text).toContain('Laptop 14 Basic Fixture Store RM 2599');
    expect(text).toContain('Laptop 14 Pro Authorised reseller RM 3899');
    const index = buildSearchIndex([
      {
        url: '/blog/prices',
        title: 'Where to buy office laptops',
        excerpt: 'What office laptops cost this month.',
        date: '2021-09-01',
        tags: ['buying-guide'],
        plainText: text,
      },
    ]);
    expect(Object.keys(index.terms)).toEqual(expect.arrayContaining(['reseller', '3899']));
    expect(search(index, 'authorised reseller').map((hit) => hit.document.url)).toEqual([
      '/blog/prices',
    ]);
  });
});
