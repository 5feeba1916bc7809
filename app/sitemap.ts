import type { MetadataRoute } from 'next';
import { bilingualSitemap } from '@/lib/i18n/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return bilingualSitemap();
}
