import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import type { Locale } from '@/lib/i18n/locales';

/** What the site itself writes inside an article speaks the article's language. */
const BODY = `<Callout type="warning">
  Back up first.
</Callout>

<Callout>
  A note.
</Callout>

| Week | What |
| ---- | ---- |
| 1    | Mail |

* [x] Patched
* [ ] Restored

<YouTube id="dQw4w9WgXcQ" title="Demo" />
`;

async function html(locale: Locale): Promise<string> {
  const { prelude } = await prerender(<MdxContent locale={locale} source={BODY} />);
  return new Response(prelude).text();
}

describe('an article body in each language', () => {
  it('English: the boxes, the table, the checklist and the video speak English', async () => {
    const page = await html('en');
    for (const text of ['Warning', 'Note', 'Table: Week, What', 'Done', 'Not done', 'Play video'])
      expect(page).toContain(text);
  });

  it('Malay: the same parts in Malay, and no English word of the site’s own', async () => {
    const page = await html('ms');
    for (const text of ['Amaran', 'Nota', 'Jadual: Week, What', 'Selesai', 'Belum selesai'])
      expect(page).toContain(text);
    expect(page).toContain('Main video: Demo');
    for (const english of ['Warning', '>Note<', 'Table:', '"Done"', 'Not done', 'Play video'])
      expect(page).not.toContain(english);
  });
});
