// The content folder's site.json (content/ unless CONTENT_DIR names another): next.config.ts and
// vitest.config.ts point this name at it, so `next dev` reloads on every save.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import raw from '#site-settings';
import { CONTENT_DIR, parseSiteUrl, readSettings } from '../settings';
import { validSiteSettings } from './site-problems';
import { HTML_LANG } from '../i18n/locales';
import { formatHoursLabel, formatHoursRules, timeZoneLabel } from './hours';
import { zoneClock, type ZoneClock } from './zone-clock';
import type { SiteConfig } from './schema';

/**
 * The one place site facts come from. site.json is what marketing edits; checking it here
 * means a typo there fails the build instead of reaching a visitor, and `npm run dev` shows the
 * same plain words as the content check rather than a validator's stack.
 */
export const site: SiteConfig = validSiteSettings(raw);

/**
 * The settings as the page being rendered should show them. A build uses the ones it imported;
 * `next dev` reads site.json again whenever it changed on disk, because Turbopack was seen to
 * serve an edited JSON import's old value to a client with no tab open.
 */
export function getSite(): SiteConfig {
  if (process.env.NODE_ENV !== 'development') return site;
  try {
    const text = readFileSync(join(CONTENT_DIR, 'site.json'), 'utf8');
    if (text !== lastRead?.text) lastRead = { text, settings: validSiteSettings(JSON.parse(text)) };
    return lastRead.settings;
  } catch {
    return lastRead?.settings ?? site; // mid-save, or a mistake the check beside it reports
  }
}
let lastRead: { text: string; settings: SiteConfig } | undefined;

/** `tel:` href from the display number: "+60 3 1234 5678" -> "tel:+60312345678". */
export function telHref(phone: string = getSite().phone): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** "MON - FRI: 9 AM - 5:30 PM", derived so the hours are never typed twice. */
export const hoursLabel = (): string => formatHoursLabel(getSite().hours);

/** "Malaysia Time": whose clock the hours are on, for visitors abroad. */
export const hoursTimeZone = (): string => timeZoneLabel(getSite().timezone);

/** The company's clock as offsets from UTC, for the open-now pill to read without Intl. */
export const siteClock = (): ZoneClock => zoneClock(getSite().timezone);

/** The same hours rule by rule, for places that lay them out on narrow screens. */
export const hoursRules = () => formatHoursRules(getSite().hours);

export type PostalAddress = SiteConfig['address'];

/** Address lines that are filled in; empty settings are simply not shown. */
export function addressLines(address: PostalAddress = getSite().address): string[] {
  const cityLine = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.street, cityLine, address.region, address.country].filter(
    (line) => line.trim() !== '',
  );
}

/** The example.com placeholder means marketing has not set a real address yet. */
export const hasRealEmail = (): boolean => !getSite().email.endsWith('@example.com');

/** The English site's language (<html lang>, og:locale, feeds); lib/i18n/locales.ts has both. */
export const siteLanguage = HTML_LANG.en;

const LOCAL_SITE_URL = 'http://localhost:3000';

/**
 * The public origin every absolute URL starts with: canonical links, sitemap, robots.txt, feeds,
 * Open Graph and JSON-LD. Pages are prerendered, so SITE_URL is read when the site is built:
 * build for production with e.g. `SITE_URL=https://www.snynet.com.my npm run build`. Unset, it
 * is http://localhost:3000, which is right only on a developer's machine.
 */
export function siteUrl(value?: string): string {
  const url = value === undefined ? readSettings().SITE_URL : parseSiteUrl(value);
  return new URL(url ?? LOCAL_SITE_URL).origin;
}
