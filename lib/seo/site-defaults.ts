import { SITE_IMAGE_PATH } from '../site/routes';
import { shareImageAlt } from './metadata';
import type { SiteConfig } from '../site/schema';
import type { SiteDefaults } from '../content-model/model';

/** What the model's site defaults stand for: a post without its own author or cover shows the company's name and the site's share card. */
export function siteDefaults(site: Pick<SiteConfig, 'name' | 'tagline'>): SiteDefaults {
  return { name: site.name, shareImage: SITE_IMAGE_PATH, shareImageAlt: shareImageAlt(site) };
}
