import { localBusinessJsonLd } from '@/lib/seo/json-ld';
import { getSite, hasRealEmail, siteUrl } from '@/lib/site/site';
import { JsonLd } from './json-ld';

/** The company as schema.org LocalBusiness: name, logo, phone, address, opening hours. */
export function BusinessJsonLd() {
  return <JsonLd data={localBusinessJsonLd(getSite(), siteUrl(), { showEmail: hasRealEmail() })} />;
}
