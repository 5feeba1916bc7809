import { shareImage } from '@/components/og/share-image';
import { siteTexts } from '@/lib/i18n/site-texts';
import { getSite } from '@/lib/site/site';

// The Malay site's share image (app/og.png/route.ts says why a route): its own tagline.
export const dynamic = 'force-static';

export function GET() {
  return shareImage(siteTexts('ms').tagline, getSite().phone);
}
