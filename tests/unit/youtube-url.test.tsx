import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { YouTube } from '@/components/mdx/youtube';
import { en } from '@/lib/i18n/dictionary-en';
import { parseYouTube } from '@/lib/content-model/youtube-id';

const ID = 'dQw4w9WgXcQ';

describe('YouTube addresses editors paste', () => {
  it.each([
    [ID, { id: ID }],
    [`https://www.youtube.com/watch?v=${ID}`, { id: ID }],
    [`www.youtube.com/watch?feature=share&v=${ID}`, { id: ID }],
    [`youtu.be/${ID}`, { id: ID }],
    [`https://youtu.be/${ID}?si=AbCdEf&t=42`, { id: ID, start: 42 }],
    [`https://m.youtube.com/watch?v=${ID}&t=1m30s`, { id: ID, start: 90 }],
    [`https://www.youtube.com/shorts/${ID}`, { id: ID }],
    [`https://www.youtube-nocookie.com/embed/${ID}?start=10`, { id: ID, start: 10 }],
  ])('%s names one video', (value, video) => {
    expect(parseYouTube(value)).toEqual(video);
  });

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9Wg',
    'https://www.youtube.com/playlist?list=PL123',
    'https://www.youtube.com/@snynet',
    'https://vimeo.com/123456',
    'dQw4w',
    'dQw4w9WgXcQ!',
  ])('%s names none', (value) => {
    expect(parseYouTube(value)).toBeUndefined();
  });

  it('the component plays the video a pasted address names, from its time stamp', () => {
    const html = renderToStaticMarkup(
      <YouTube id={`https://www.youtube.com/watch?v=${ID}&t=42s`} title="Tabs" words={en.body} />,
    );
    expect(html).toContain(
      `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&amp;#38;start=42`,
    );
    expect(html).not.toContain('https%3A');
    const plain = renderToStaticMarkup(
      <YouTube id={`youtu.be/${ID}`} title="Tabs" words={en.body} />,
    );
    expect(plain).toContain(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&quot;`);
  });
});
