/**
 * Day codes used in content/site.json, in week order (Monday first, as Malaysian businesses list
 * them). Kept apart from the zod schema so browser code (the open-now island) can import them
 * without shipping zod to every page.
 */
export const DAY_CODES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type DayCode = (typeof DAY_CODES)[number];

/** One opening-hours rule, as written in content/site.json: 24-hour "HH:MM" times. */
export type OpeningHours = { days: DayCode[]; opens: string; closes: string };

/** When the company opens next, as openStatus (hours.ts) finds it. */
export type NextOpening = { day: DayCode; time: string; when: 'today' | 'tomorrow' | 'later' };
/** Open until when, or closed until when (lib/i18n/hours.ts says it in either language). */
export type OpenStatus = { open: true; closes: string } | { open: false; opens?: NextOpening };
