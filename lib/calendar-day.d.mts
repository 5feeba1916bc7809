/** The calendar day ("YYYY-MM-DD") at an instant (default: now) in an IANA timezone. */
export function calendarDayIn(timeZone: string, at?: Date): string;
/** Today in the timezone of content/site.json (for next.config.mjs). */
export function siteCalendarDay(): string;
