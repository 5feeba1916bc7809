import { displayDate, isoDay } from '../site/dates';
import { HTML_LANG, type Locale } from './locales';

const MALAY_DATE = new Intl.DateTimeFormat(HTML_LANG.ms, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2021-03-08" -> "08 Mar 2021" in English (as always), "8 Mac 2021" in Malay (ms-MY). */
export function displayDateIn(locale: Locale, isoDate: string): string {
  if (locale === 'en') return displayDate(isoDate);
  return MALAY_DATE.format(new Date(`${isoDay(isoDate)}T00:00:00Z`));
}
