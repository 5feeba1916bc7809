/**
 * Opening hours in words, in either language, from the strings of one (dictionary's `hours`).
 * Imports no dictionary: the open-now island gets its strings as a prop and bundles only this.
 */
import { DAY_CODES, type DayCode, type OpeningHours, type OpenStatus } from '../site/week';
import { fill } from './fill';

export type HourStrings = {
  days: readonly string[];
  weekdays: readonly string[];
  am: string;
  noon: string;
  pm: string;
  evening: string;
  minuteSeparator: string;
  openNow: string;
  closed: string;
  opensAt: string;
  tomorrow: string;
};

/** "17:30" -> "5:30 PM" / "5.30 petang". */
export function formatTime(strings: HourStrings, hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const time =
    m === 0 ? `${hour12}` : `${hour12}${strings.minuteSeparator}${String(m).padStart(2, '0')}`;
  const template =
    h < 12 ? strings.am : h === 12 ? strings.noon : h < 19 ? strings.pm : strings.evening;
  return fill(template, { time });
}

const dayName = (strings: HourStrings, day: DayCode) => strings.days[DAY_CODES.indexOf(day)] ?? day;

function formatDays(strings: HourStrings, days: readonly DayCode[]): string {
  const sorted = [...days].sort((a, b) => DAY_CODES.indexOf(a) - DAY_CODES.indexOf(b));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  const contiguous = DAY_CODES.indexOf(last) - DAY_CODES.indexOf(first) === sorted.length - 1;
  if (sorted.length === 1) return dayName(strings, first);
  if (contiguous) return `${dayName(strings, first)} - ${dayName(strings, last)}`;
  return sorted.map((d) => dayName(strings, d)).join(', ');
}

/** Each rule as its days and its times: { days: "MON - FRI", time: "9 AM - 5:30 PM" }. */
export function hoursRules(
  strings: HourStrings,
  hours: readonly OpeningHours[],
): { days: string; time: string }[] {
  return hours.map((rule) => ({
    days: formatDays(strings, rule.days),
    time: `${formatTime(strings, rule.opens)} - ${formatTime(strings, rule.closes)}`,
  }));
}

/** All rules on one line: "MON - FRI: 10 AM - 6 PM · SAT: 10 AM - 2 PM". */
export function hoursLabel(strings: HourStrings, hours: readonly OpeningHours[]): string {
  return hoursRules(strings, hours)
    .map((rule) => `${rule.days}: ${rule.time}`)
    .join(' · ');
}

/** "Open now · until 6 PM", "Closed · opens tomorrow 10 AM", … in the strings' language. */
export function describeOpenStatus(strings: HourStrings, status: OpenStatus): string {
  if (status.open) return fill(strings.openNow, { time: formatTime(strings, status.closes) });
  if (!status.opens) return strings.closed;
  const { day, time, when } = status.opens;
  const prefix =
    when === 'today'
      ? ''
      : when === 'tomorrow'
        ? strings.tomorrow
        : `${strings.weekdays[DAY_CODES.indexOf(day)] ?? day} `;
  return fill(strings.opensAt, { day: prefix, time: formatTime(strings, time) });
}
