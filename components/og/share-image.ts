import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import satoriPackage from 'satori/package.json';
import sharp from 'sharp';
import { cachedPng, describeDrawing, drawingKey } from '@/lib/png-cache';
import { OG_IMAGE_SIZE } from '@/lib/seo';
import { site } from '@/lib/site';
import { LOGO_SIZE, ShareCard } from './share-card';

// Next keeps .next/cache between builds (and Vercel restores it before each one), so a card
// already drawn for the same design and words is reused.
const CACHE_DIR = join(process.cwd(), '.next', 'cache', 'share-images');
const RENDERER = [satoriPackage.version, sharp.versions.sharp, sharp.versions.rsvg];

// The site's own typeface. Satori reads WOFF but not WOFF2, hence the static @fontsource files
// beside the variable WOFF2 the pages use; latin-ext after latin covers Malay names and accents.
const FONT_FILES = ([400, 600] as const).flatMap((weight) =>
  ['latin', 'latin-ext'].map((subset) => ({ weight, subset })),
);
let fonts: Promise<Font[]> | undefined;
let logo: Promise<string> | undefined;

function cardFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
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
  );
  return fonts;
}

// The logo drawn once per process at the size the card shows it: handing Satori the SVG made it
// parse and measure the SVG and sharp render it nested, on every card (~6 ms of CPU each).
function logoPng(): Promise<string> {
  logo ??= readFile(join(process.cwd(), 'public', 'logo.svg'))
    .then((svg) => sharp(svg, { density: 300 }).resize(LOGO_SIZE, LOGO_SIZE).png().toBuffer())
    .then((png) => `data:image/png;base64,${png.toString('base64')}`);
  return logo;
}

/**
 * Satori lays the card out as an SVG (~5 ms of JavaScript); sharp rasterises and encodes it on
 * libuv's thread pool (~20 ms), off the prerender's JavaScript thread. next/og's ImageResponse
 * did both on that thread (resvg as WebAssembly), ~31 ms a card.
 */
async function draw(card: ReturnType<typeof ShareCard>): Promise<Uint8Array> {
  const svg = await satori(card, { ...OG_IMAGE_SIZE, fonts: await cardFonts() });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function brandCard(logo: string, title: string, footer: string) {
  return ShareCard({ logo, siteName: site.name, title, footer });
}

/** The brand card with `title` and `footer` as a 1200×630 PNG, drawn now (no cache). */
export async function drawShareCard(title: string, footer: string): Promise<Uint8Array> {
  return draw(brandCard(await logoPng(), title, footer));
}

/** A share image response: the brand card with `title` and `footer`, drawn once per wording. */
export async function shareImage(title: string, footer: string): Promise<Response> {
  const card = brandCard(await logoPng(), title, footer);
  const key = drawingKey([describeDrawing(card), OG_IMAGE_SIZE, FONT_FILES, RENDERER]);
  const png = await cachedPng(CACHE_DIR, key, () => draw(card));
  return new Response(png, {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=0, must-revalidate' },
  });
}
