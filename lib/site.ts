import raw from '@/content/site.json';
import { formatHoursLabel } from './hours';
import { siteSchema, type SiteConfig } from './site-schema';

/**
 * The one place site facts come from. content/site.json is what marketing edits; parsing it here
 * means a typo there fails the build instead of reaching a visitor.
 */
export const site: SiteConfig = siteSchema.parse(raw);

/** `tel:` href from the display number: "+60 11 5624 8319" -> "tel:+601156248319". */
export function telHref(phone: string = site.phone): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** "MON - SUN: 10 AM - 6 PM", derived so the hours are never typed twice. */
export const hoursLabel = formatHoursLabel(site.hours);

export type PostalAddress = SiteConfig['address'];

/** Address lines that are filled in; empty settings are simply not shown. */
export function addressLines(address: PostalAddress = site.address): string[] {
  const cityLine = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.street, cityLine, address.region, address.country].filter(
    (line) => line.trim() !== '',
  );
}

/** The example.com placeholder means marketing has not set a real address yet. */
export const hasRealEmail = !site.email.endsWith('@example.com');

export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}
