import { postShareImage } from '@/components/og/share-image';

type Context = { params: Promise<{ slug: string }> };

// A server deploy draws a post's card when it is first asked for (then from .next/cache), so a
// 1,000-post build skips ~12 s of drawing cards that may never be shared. Dynamic rather than
// Next's on-demand static caching, which would also keep a 404 for every made-up slug requested.
// The static export has no server: route.static.ts draws every card at build time instead.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: Context) {
  return postShareImage((await params).slug, 'en');
}
