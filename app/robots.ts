import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site';
import { buildRobots } from '@/lib/sitemap';
import { isPreview } from '@/lib/visibility';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return buildRobots(siteUrl(), isPreview());
}
