import { rssFeed } from '@/lib/seo/feed';
import { getPostSummaries } from '@/lib/posts/posts';
import { getSite, siteLanguage, siteUrl } from '@/lib/site/site';

export const dynamic = 'force-static';

export function GET() {
  const xml = rssFeed(getPostSummaries(), {
    site: getSite(),
    baseUrl: siteUrl(),
    language: siteLanguage,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
