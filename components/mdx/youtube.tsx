import { parseYouTube, type YouTubeVideo } from '@/lib/content-model/youtube-id';
import { fill, type Dictionary } from '@/lib/i18n/dictionary';

/** id: the video's 11-character id or its address as copied from YouTube (see parseYouTube). */
export type YouTubeProps = { id: string; title: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Click-to-load video with no JavaScript of ours: the frame first shows a local poster (srcdoc),
 * and only the reader's click navigates it to YouTube's no-cookie player. Nothing is requested
 * from YouTube before that click.
 */
export function YouTube({ id, title, words }: YouTubeProps & { words: Dictionary['body'] }) {
  // Anything that names no video is refused by the content check before a build gets here.
  const video: YouTubeVideo = parseYouTube(id) ?? { id };
  const start = video.start ? `&start=${video.start}` : '';
  const embed = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(video.id)}?autoplay=1${start}`;
  const poster = `<style>html,body{margin:0;height:100%;background:#0b1b36}a{position:absolute;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;padding:24px;color:#fff;font:600 16px/1.4 system-ui,sans-serif;text-align:center;text-decoration:none}small{font-weight:400;font-size:12px;color:#cbd5e1}</style><a href="${escapeHtml(embed)}"><svg width="68" height="48" viewBox="0 0 68 48" aria-hidden="true"><path d="M66.5 7.7A8.5 8.5 0 0 0 60.5 1.7C55.2.3 34 .3 34 .3s-21.2 0-26.5 1.4A8.5 8.5 0 0 0 1.5 7.7 89 89 0 0 0 .1 24a89 89 0 0 0 1.4 16.3 8.5 8.5 0 0 0 6 6C12.8 47.7 34 47.7 34 47.7s21.2 0 26.5-1.4a8.5 8.5 0 0 0 6-6A89 89 0 0 0 67.9 24a89 89 0 0 0-1.4-16.3z" fill="#dc2626"/><path d="M27 34V14l18 10z" fill="#fff"/></svg><span>${escapeHtml(fill(words.playVideo, { title }))}</span><small>${escapeHtml(words.videoLoads)}</small></a>`;
  return (
    <figure className="not-prose my-8">
      <iframe
        srcDoc={poster}
        title={title}
        loading="lazy"
        allow="autoplay; encrypted-media; picture-in-picture"
        allowFullScreen
        className="aspect-video w-full rounded-lg bg-ink"
      />
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
