import { en, type Dictionary } from './dictionary-en';
import { ms } from './dictionary-ms';
import type { Locale } from './locales';

export type { Dictionary };
export { fill } from './fill';

const DICTIONARIES: Record<Locale, Dictionary> = { en, ms };

/** The strings of one language, read on the server; client islands get the parts they show. */
export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
