import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import nextPackage from 'next/package.json';
import { cachedPng, describeDrawing, drawingKey } from '@/lib/png-cache';
import { OG_IMAGE_SIZE } from '@/lib/seo';
import { site } from '@/lib/site';
import { logoDataUri, ShareCard } from './share-card';

// Next keeps .next/cache between builds (and Vercel restores it before each one), so a card
// already drawn for the same design and words is reused: drawing costs ~30 ms of CPU a post.
const CACHE_DIR = join(process.cwd(), '.next', 'cache', 'share-images');

/** A share image response: the brand card with `title` and `footer`, drawn once per wording. */
export async function shareImage(title: string, footer: string): Promise<Response> {
  const card = ShareCard({ logo: await logoDataUri(), siteName: site.name, title, footer });
  const key = drawingKey([describeDrawing(card), OG_IMAGE_SIZE, nextPackage.version]);
  const png = await cachedPng(CACHE_DIR, key, () =>
    new ImageResponse(card, OG_IMAGE_SIZE).arrayBuffer(),
  );
  return new Response(png, {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=0, must-revalidate' },
  });
}
