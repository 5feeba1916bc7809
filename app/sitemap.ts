import type { MetadataRoute } from 'next';
import { STATIC_ROUTES } from '@/lib/routes';
import { POSTS_PER_PAGE } from '@/lib/pagination';
import { getPostSummaries } from '@/lib/posts';
import { siteUrl } from '@/lib/site';
import { buildSitemap } from '@/lib/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap({
    baseUrl: siteUrl(),
    staticPaths: STATIC_ROUTES,
    posts: getPostSummaries(),
    perPage: POSTS_PER_PAGE,
  });
}
