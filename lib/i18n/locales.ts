/**
 * The site's two languages. English keeps the addresses it always had; Malay lives under /ms.
 * Every address is built with localePath, so no page types the prefix itself.
 */
export const LOCALES = ['en', 'ms'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** <html lang>, og:locale's source, feeds and JSON-LD's inLanguage. */
export const HTML_LANG: Record<Locale, string> = { en: 'en-MY', ms: 'ms-MY' };

/** The language's own name, as its speakers write it (the language switch shows it). */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', ms: 'Bahasa Malaysia' };

const PREFIX: Record<Locale, string> = { en: '', ms: '/ms' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** A language code read from generated content, checked rather than cast. */
export function asLocale(value: string): Locale {
  if (isLocale(value)) return value;
  throw new Error(`"${value}" is not one of the site's languages (${LOCALES.join(', ')}).`);
}

/** "/blog" in Malay is "/ms/blog"; the home page "/" is "/ms". */
export function localePath(locale: Locale, path: string): string {
  const prefix = PREFIX[locale];
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** The language an address belongs to, and the address without its language prefix. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const prefix = PREFIX[locale];
    if (!prefix) continue;
    if (path === prefix || path === `${prefix}/`) return { locale, path: '/' };
    if (path.startsWith(`${prefix}/`)) return { locale, path: path.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** The other language, for the switch in the header. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ms' : 'en';
}
