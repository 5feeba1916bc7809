import { readFileSync } from 'node:fs';

// The calendar day ("YYYY-MM-DD") at an instant in a given timezone. Plain JavaScript so that
// next.config.mjs can use it as well as the TypeScript code: a post dated "2026-11-29" is
// published by a build run on that day in Malaysia, even though it is still the 28th in UTC.

/**
 * @param {string} timeZone IANA name, e.g. "Asia/Kuala_Lumpur"
 * @param {Date} [at]
 * @returns {string}
 */
export function calendarDayIn(timeZone, at = new Date()) {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/**
 * Today in the timezone of content/site.json, for next.config.mjs, which runs before lib/site.ts
 * (which validates the file) is compiled.
 * @returns {string}
 */
export function siteCalendarDay() {
  const site = JSON.parse(readFileSync(new URL('../content/site.json', import.meta.url), 'utf8'));
  return calendarDayIn(typeof site.timezone === 'string' ? site.timezone : 'Asia/Kuala_Lumpur');
}
