const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-03-08T00:00:00.000Z" -> "2021-03-08" (for <time datetime>, sitemaps and feeds). */
export function isoDay(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

/**
 * "2021-03-08" -> "08 Mar 2021", the way the site has always shown dates. Built by hand rather
 * than with Intl because en-GB writes "Sept" and content dates are calendar days, not instants.
 */
export function displayDate(isoDate: string): string {
  const [year, month, day] = isoDay(isoDate).split('-');
  return `${day} ${MONTHS[Number(month) - 1] ?? '???'} ${year}`;
}
