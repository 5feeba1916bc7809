import { atomFeed } from '@/lib/feed';
import { getPostSummaries } from '@/lib/posts';
import { getSite, siteLanguage, siteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  const xml = atomFeed(getPostSummaries(), {
    site: getSite(),
    baseUrl: siteUrl(),
    language: siteLanguage,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
