import { DEFAULT_LOCALE, HTML_LANG, LOCALES, type Locale } from './locales';

/** A page's translations keyed as hreflang reads them (en-MY, ms-MY), x-default the English. */
export function hreflang(translations: Record<Locale, string>): Record<string, string> {
  return {
    ...Object.fromEntries(LOCALES.map((lang) => [HTML_LANG[lang], translations[lang]])),
    'x-default': translations[DEFAULT_LOCALE],
  };
}
