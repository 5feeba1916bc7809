/**
 * Day codes used in content/site.json, in week order (Monday first, as Malaysian businesses list
 * them). Kept apart from the zod schema so browser code (the open-now island) can import them
 * without shipping zod to every page.
 */
export const DAY_CODES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type DayCode = (typeof DAY_CODES)[number];

/** One opening-hours rule, as written in content/site.json: 24-hour "HH:MM" times. */
export type OpeningHours = { days: DayCode[]; opens: string; closes: string };
