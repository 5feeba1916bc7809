'use client';

import { useState } from 'react';

export type YouTubeProps = { id: string; title: string };

/**
 * Nothing is fetched from YouTube until the reader asks for the video (privacy, and no
 * third-party weight on the page); then the no-cookie player loads in place.
 */
export function YouTube({ id, title }: YouTubeProps) {
  const [playing, setPlaying] = useState(false);
  const videoId = encodeURIComponent(id);
  return (
    <figure className="not-prose my-8">
      <div className="relative aspect-video overflow-hidden rounded-lg bg-ink">
        {playing ? (
          <iframe
            src={`https://www.youtube-nocookie.com/embed/${videoId}?autoplay=1`}
            title={title}
            allow="autoplay; encrypted-media; picture-in-picture"
            allowFullScreen
            className="absolute inset-0 h-full w-full"
          />
        ) : (
          <button
            type="button"
            onClick={() => setPlaying(true)}
            className="absolute inset-0 flex flex-col items-center justify-center gap-3 text-white"
          >
            <svg aria-hidden="true" viewBox="0 0 68 48" className="h-12 w-16">
              <path
                d="M66.5 7.7A8.5 8.5 0 0 0 60.5 1.7C55.2.3 34 .3 34 .3s-21.2 0-26.5 1.4A8.5 8.5 0 0 0 1.5 7.7 89 89 0 0 0 .1 24a89 89 0 0 0 1.4 16.3 8.5 8.5 0 0 0 6 6C12.8 47.7 34 47.7 34 47.7s21.2 0 26.5-1.4a8.5 8.5 0 0 0 6-6A89 89 0 0 0 67.9 24a89 89 0 0 0-1.4-16.3z"
                fill="#dc2626"
              />
              <path d="M27 34V14l18 10z" fill="#fff" />
            </svg>
            <span className="px-6 text-center font-semibold">Play video: {title}</span>
            <span className="text-xs text-slate-300">Loads from YouTube when you click</span>
          </button>
        )}
      </div>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
