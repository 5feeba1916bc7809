/** Content dates are calendar days; format them in UTC so no timezone can shift the day. */
const displayFormat = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2021-03-08T00:00:00.000Z" -> "2021-03-08" (for <time datetime>, sitemaps and feeds). */
export function isoDay(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

/** "2021-03-08" -> "08 Mar 2021", the way the site has always shown dates. */
export function displayDate(isoDateTime: string): string {
  return displayFormat.format(new Date(isoDateTime));
}
