import { ImageResponse } from 'next/og';
import { logoDataUri, ShareCard } from '@/components/og/share-card';
import { OG_IMAGE_SIZE } from '@/lib/seo';
import { site } from '@/lib/site';

// A route with a .png name rather than the opengraph-image convention: a static export writes
// the convention's image without an extension, which static hosts serve as a download.
export const dynamic = 'force-static';

/** The share image of every page without its own. */
export async function GET() {
  return new ImageResponse(
    <ShareCard
      logo={await logoDataUri()}
      siteName={site.name}
      title={site.tagline}
      footer={site.phone}
    />,
    OG_IMAGE_SIZE,
  );
}
