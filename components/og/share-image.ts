import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import satoriPackage from 'satori/package.json';
import sharp from 'sharp';
import { displayDateIn } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { postIn } from '@/lib/i18n/posts';
import { siteTexts } from '@/lib/i18n/site-texts';
import { cachedPng, describeDrawing, drawingKey } from '@/lib/seo/share-image-cache';
import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';
import { tagLabel } from '@/lib/posts/tags';
import { LOGO_SIZE, ShareCard } from './share-card';

// Next keeps .next/cache between builds (Vercel restores it before each one), so the static
// export redraws only new or changed cards, and a server keeps the cards it drew there. Where the
// disk is read-only (a serverless function) the cache is skipped and each card is drawn again.
const CACHE_DIR = join(process.cwd(), '.next', 'cache', 'share-images');
const RENDERER = [satoriPackage.version, sharp.versions.sharp, sharp.versions.rsvg];

/** A server draws cards for as long as it runs: one failed read must not break every later card. */
function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

// The site's own typeface. Satori reads WOFF but not WOFF2, hence the static @fontsource files
// beside the variable WOFF2 the pages use; latin-ext after latin covers Malay names and accents.
const FONT_FILES = ([400, 600] as const).flatMap((weight) =>
  ['latin', 'latin-ext'].map((subset) => ({ weight, subset })),
);
let fonts: Promise<Font[]> | undefined;

function cardFonts(): Promise<Font[]> {
  fonts ??= forgetOnFailure(
    Promise.all(
      FONT_FILES.map(async ({ weight, subset }) => ({
        name: 'Inter',
        weight,
        style: 'normal' as const,
        data: await readFile(
          join(
            process.cwd(),
            'node_modules',
            '@fontsource',
            'inter',
            'files',
            `inter-${subset}-${weight}-normal.woff`,
          ),
        ),
      })),
    ),
    () => (fonts = undefined),
  );
  return fonts;
}

let logo: Promise<string> | undefined;

// The logo drawn once per process at the size the card shows it: handing Satori the SVG made it
// parse and measure the SVG and sharp render it nested, on every card.
function logoPng(): Promise<string> {
  logo ??= forgetOnFailure(
    readFile(join(process.cwd(), 'public', 'logo.svg'))
      .then((svg) => sharp(svg, { density: 300 }).resize(LOGO_SIZE, LOGO_SIZE).png().toBuffer())
      .then((png) => `data:image/png;base64,${png.toString('base64')}`),
    () => (logo = undefined),
  );
  return logo;
}

/**
 * Satori lays the card out as an SVG; sharp rasterises and encodes it on libuv's thread pool,
 * off the prerender's JavaScript thread, where next/og's ImageResponse would do both (resvg as
 * WebAssembly). docs/performance.md has the figures.
 */
async function draw(card: ReturnType<typeof ShareCard>): Promise<Uint8Array> {
  const svg = await satori(card, { ...OG_IMAGE_SIZE, fonts: await cardFonts() });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

// What Inter's latin and latin-ext files draw (their unicode-range, rounded to whole blocks).
const UNDRAWABLE =
  /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20c0\u2100-\u215f\u2190-\u2193\u2212\u2215]+/gu;

/** Text without what the card's font cannot draw (other scripts, emoji), which Satori boxes. */
function drawable(text: string): string {
  return text.replace(UNDRAWABLE, ' ').replace(/\s+/g, ' ').trim();
}

function brandCard(logo: string, title: string, footer: string) {
  return ShareCard({
    logo,
    siteName: getSite().name,
    title: drawable(title),
    footer: drawable(footer),
  });
}

/** The card as a PNG without the cache, so tests can look at its pixels. */
export async function drawShareCard(title: string, footer: string): Promise<Uint8Array> {
  return draw(brandCard(await logoPng(), title, footer));
}

/** A share image response: the brand card with `title` and `footer`, drawn once per wording. */
export async function shareImage(title: string, footer: string): Promise<Response> {
  const card = brandCard(await logoPng(), title, footer);
  // Font sizes stand in for the font package's version, which it does not export.
  const fontSizes = (await cardFonts()).map((font) => font.data.byteLength);
  const key = drawingKey([describeDrawing(card), OG_IMAGE_SIZE, fontSizes, RENDERER]);
  const png = await cachedPng(CACHE_DIR, key, () => draw(card));
  // Browsers ask again each time; a CDN in front of a server keeps a card for a day, so crawlers
  // rarely wake the server, and a card changed by a deploy shows within a day (Vercel purges its
  // CDN on every deploy anyway).
  return new Response(png, {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=0, s-maxage=86400' },
  });
}

/** The line under a post's title on its card: date and first three tags, in its language. */
export function shareCardFooter(post: { date: string; tags: readonly string[] }, locale: Locale) {
  return [
    displayDateIn(locale, post.date),
    ...post.tags.slice(0, 3).map((tag) => tagLabel(tag, siteTexts(locale).tagLabels)),
  ].join(' · ');
}

/** A post's share image: its title, date and tags on the brand card; 404 for anything else. */
export async function postShareImage(slug: string, locale: Locale): Promise<Response> {
  const post = postIn(locale, slug);
  if (!post) return new Response('Not found', { status: 404 });
  return shareImage(post.title, shareCardFooter(post, locale));
}
