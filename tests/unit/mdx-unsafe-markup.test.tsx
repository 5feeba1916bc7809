import { prerender } from 'react-dom/static';
import { expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';

async function render(source: string): Promise<string> {
  const { prelude } = await prerender(<MdxContent locale="en" source={source} />);
  return new Response(prelude).text();
}

it('the renderer drops srcdoc, on… attributes, <object> and <embed> that got past the check', async () => {
  const html = await render(
    [
      'Before.',
      '',
      '<iframe srcDoc="<script>alert(1)</script>" src="https://maps.example/embed" title="Map"></iframe>',
      '',
      '<img src="/images/posts/fixture/cdn-cover.svg" alt="A world map" onError="alert(2)" />',
      '',
      '<object data="/files/brochure.pdf"></object>',
      '',
      '<embed src="/files/player.swf" />',
      '',
      'After.',
    ].join('\n'),
  );
  expect(html).toContain('Before.');
  expect(html).toContain('After.');
  expect(html).toContain('title="Map"');
  expect(html).not.toMatch(/srcdoc|onerror|alert\(|<object|<embed/i);
});
