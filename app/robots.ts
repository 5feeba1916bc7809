import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site/site';
import { buildRobots } from '@/lib/seo/sitemap';
import { isPreview } from '@/lib/posts/visibility';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return buildRobots(siteUrl(), isPreview());
}
