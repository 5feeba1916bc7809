import type { MetadataRoute } from 'next';
import { STATIC_ROUTES } from '@/lib/site/routes';
import { POSTS_PER_PAGE } from '@/lib/posts/pagination';
import { getPostSummaries } from '@/lib/posts/posts';
import { siteUrl } from '@/lib/site/site';
import { buildSitemap } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap({
    baseUrl: siteUrl(),
    staticPaths: STATIC_ROUTES,
    posts: getPostSummaries(),
    perPage: POSTS_PER_PAGE,
  });
}
