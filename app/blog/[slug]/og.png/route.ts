import { shareImage } from '@/components/og/share-image';
import { displayDate } from '@/lib/dates';
import { getAllPosts, getPostBySlug } from '@/lib/posts';
import { tagLabel } from '@/lib/tags';

type Context = { params: Promise<{ slug: string }> };

// Drawn once per post at build time (see app/og.png/route.ts for why not opengraph-image).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

/** A post's share image: its title, date and tags on the brand card. */
export async function GET(_request: Request, { params }: Context) {
  const post = getPostBySlug((await params).slug);
  if (!post) return new Response('Not found', { status: 404 });
  const footer = [displayDate(post.date), ...post.tags.slice(0, 3).map(tagLabel)].join(' · ');
  return shareImage(post.title, footer);
}
