/**
 * Editors paste whatever YouTube shows them: the bare id, the address bar
 * (https://www.youtube.com/watch?v=…&t=42s), the Share button (https://youtu.be/…?si=…), a Short
 * or an embed address. The YouTube component plays all of them, and the content check refuses
 * only what names no single video, so the two agree on one parser.
 */
export type YouTubeVideo = {
  id: string;
  /** seconds into the video, from t= or start= */ start?: number;
};

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const HOSTS = /^(?:(?:www|m|music)\.)?(?:youtube\.com|youtube-nocookie\.com)$|^youtu\.be$/;
/** Paths whose next segment is the video id: /embed/ID, /shorts/ID, /live/ID, /v/ID. */
const ID_PATHS = ['embed', 'shorts', 'live', 'v'];

export function isYouTubeId(value: string): boolean {
  return VIDEO_ID.test(value);
}

/** A YouTube address, with or without https://, or undefined for anything else. */
export function youTubeUrl(value: string): URL | undefined {
  const text = value.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return HOSTS.test(url.hostname.toLowerCase()) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** "42", "42s", "1m30s", "1h2m" -> seconds; undefined when it is none of these. */
function seconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!parts) return undefined;
  const [, h = '0', m = '0', s = '0'] = parts;
  const total = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return total > 0 ? total : undefined;
}

/** The candidate id an address holds (maybe of the wrong length), before it is validated. */
export function idInUrl(url: URL): string | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  if (url.hostname.toLowerCase() === 'youtu.be') return segments[0];
  if (segments[0] === 'watch') return url.searchParams.get('v') ?? undefined;
  if (segments[0] && ID_PATHS.includes(segments[0])) return segments[1];
  return undefined;
}

/** The video an id or address names, or undefined when it names none (a channel, a playlist). */
export function parseYouTube(value: string): YouTubeVideo | undefined {
  const text = value.trim();
  if (isYouTubeId(text)) return { id: text };
  const url = youTubeUrl(text);
  const id = url && idInUrl(url);
  if (!url || !id || !isYouTubeId(id)) return undefined;
  const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return start ? { id, start } : { id };
}
