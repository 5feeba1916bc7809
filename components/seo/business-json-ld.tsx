import type { Locale } from '@/lib/i18n/locales';
import { siteIn } from '@/lib/i18n/seo';
import { localBusinessJsonLd } from '@/lib/seo/json-ld';
import { hasRealEmail, siteUrl } from '@/lib/site/site';
import { JsonLd } from './json-ld';

/** The company as schema.org LocalBusiness: name, logo, phone, address, opening hours. */
export function BusinessJsonLd({ locale }: { locale: Locale }) {
  return (
    <JsonLd data={localBusinessJsonLd(siteIn(locale), siteUrl(), { showEmail: hasRealEmail() })} />
  );
}
