import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { YouTube } from '@/components/mdx/youtube';
import { en } from '@/lib/i18n/dictionary-en';

describe('<YouTube>', () => {
  it('requests nothing from YouTube until clicked, and escapes the title', () => {
    const html = renderToStaticMarkup(
      <YouTube
        id="dQw4w9WgXcQ"
        title={'Tabs <script>alert(1)</script> & "more"'}
        words={en.body}
      />,
    );
    const iframe = /<iframe[^>]*>/.exec(html)?.[0] ?? '';
    expect(iframe).not.toMatch(/\ssrc=/);
    expect(iframe).toContain('srcDoc=');
    expect(iframe).toContain(
      'title="Tabs &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"',
    );
    expect(html).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(html).not.toContain('<script>alert(1)</script>');
  });
});
