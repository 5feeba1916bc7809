import { shareImage } from '@/components/og/share-image';
import { getSite } from '@/lib/site/site';

// A route with a .png name rather than the opengraph-image convention: a static export writes
// the convention's image without an extension, which static hosts serve as a download.
export const dynamic = 'force-static';

/** The share image of every page without its own. */
export function GET() {
  return shareImage(getSite().tagline, getSite().phone);
}
