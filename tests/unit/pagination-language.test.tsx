import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PaginationNav } from '@/components/blog/pagination-nav';
import { blogPath } from '@/lib/site/routes';
import { paginate } from '@/lib/posts/pagination';

/** Page 2 of 3 of a blog in one language, as the listing under its posts shows it. */
function middlePage(locale: 'en' | 'ms'): string {
  const posts = Array.from({ length: 25 }, (_, i) => i);
  const page = paginate(posts, 2, blogPath(locale), 10);
  if (!page) throw new Error('no page 2');
  return renderToStaticMarkup(<PaginationNav page={page} locale={locale} />);
}

describe('pagination under a listing, in the listing’s language', () => {
  it('Malay: its words, and links that stay on the Malay blog', () => {
    const html = middlePage('ms');
    for (const text of ['Halaman 2 daripada 3', 'Catatan lebih baharu', 'Catatan lebih lama'])
      expect(html).toContain(text);
    expect(html).toContain('aria-label="Penomboran halaman"');
    expect(html).toContain('href="/ms/blog"');
    expect(html).toContain('href="/ms/blog/page/3"');
    for (const english of ['Page 2 of 3', 'Newer posts', 'Older posts', '"Pagination"'])
      expect(html).not.toContain(english);
  });

  it('English: as always', () => {
    const html = middlePage('en');
    expect(html).toContain('Page 2 of 3');
    expect(html).toContain('href="/blog/page/3"');
  });
});
