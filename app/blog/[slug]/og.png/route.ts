import { shareImage } from '@/components/og/share-image';
import { isStaticExport } from '@/lib/build-target';
import { displayDate } from '@/lib/dates';
import { getAllPosts, getPostBySlug } from '@/lib/posts';
import { tagLabel } from '@/lib/tags';

type Context = { params: Promise<{ slug: string }> };

// See app/og.png/route.ts for why not opengraph-image. A server deploy draws a post's card when
// it is first asked for and keeps it (the usual way with generated images): a 1,000-post build
// then spends no ~12 s on cards that may never be shared. A static host has no server, so the
// static export draws every card at build time.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return isStaticExport ? getAllPosts().map((post) => ({ slug: post.slug })) : [];
}

/** A post's share image: its title, date and tags on the brand card. */
export async function GET(_request: Request, { params }: Context) {
  const post = getPostBySlug((await params).slug);
  if (!post) return new Response('Not found', { status: 404 });
  const footer = [displayDate(post.date), ...post.tags.slice(0, 3).map(tagLabel)].join(' · ');
  return shareImage(post.title, footer);
}
