import { getSite } from '../site/site';
import type { SiteTexts } from '../site/schema';
import type { Locale } from './locales';

/** The site's words in one language (content/site.json: English at the top, Malay under "ms"). */
export function siteTexts(locale: Locale): SiteTexts {
  const site = getSite();
  if (locale === 'ms') return site.ms;
  const { tagline, description, nav, tagLabels, cta } = site;
  return { tagline, description, nav, tagLabels, cta };
}
