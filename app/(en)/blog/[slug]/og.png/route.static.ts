import { postShareImage } from '@/components/og/share-image';
import { postsIn } from '@/lib/i18n/posts';

type Context = { params: Promise<{ slug: string }> };

// The static export's variant (see route.server.ts): a static host has no server, so every
// post's card is drawn at build time. See app/og.png/route.ts for why not opengraph-image.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return postsIn('en').map((post) => ({ slug: post.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  return postShareImage((await params).slug, 'en');
}
