import { readSiteFile } from './site-file';
import { dateParts } from './zone-clock';

// The calendar day ("YYYY-MM-DD") at an instant in a given timezone, shared by next.config.ts
// and the pages: a post dated "2026-11-29" is published by a build run on that day in Malaysia,
// even though it is still the 28th in UTC.

const FALLBACK_TIMEZONE = 'Asia/Kuala_Lumpur';

/** `timeZone` is an IANA name, e.g. "Asia/Kuala_Lumpur". */
export function calendarDayIn(timeZone: string, at: Date = new Date()): string {
  const part = dateParts('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }, at);
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Today in the timezone of content/site.json, for next.config.ts, which loads before anything
 * checks that file. A broken file or timezone must not stop `next dev` from starting: the
 * content check beside it reports the mistake in plain words, and this falls back to Malaysia.
 */
export function siteCalendarDay(): string {
  const timeZone = readSiteFile()?.timezone;
  try {
    return calendarDayIn(typeof timeZone === 'string' ? timeZone : FALLBACK_TIMEZONE);
  } catch {
    return calendarDayIn(FALLBACK_TIMEZONE); // a mistyped timezone, which Intl refuses
  }
}
