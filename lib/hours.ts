import { DAY_CODES, type DayCode, type OpeningHours } from './site-schema';

function formatTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h < 12 ? 'AM' : 'PM';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(m).padStart(2, '0')} ${suffix}`;
}

function formatDays(days: readonly DayCode[]): string {
  const sorted = [...days].sort((a, b) => DAY_CODES.indexOf(a) - DAY_CODES.indexOf(b));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  const contiguous = DAY_CODES.indexOf(last) - DAY_CODES.indexOf(first) === sorted.length - 1;
  if (sorted.length === 1) return first.toUpperCase();
  if (contiguous) return `${first.toUpperCase()} - ${last.toUpperCase()}`;
  return sorted.map((d) => d.toUpperCase()).join(', ');
}

/** One line per opening-hours rule, e.g. "MON - SUN: 10 AM - 6 PM". */
export function formatHoursLabel(hours: readonly OpeningHours[]): string {
  return hours
    .map(
      (rule) => `${formatDays(rule.days)}: ${formatTime(rule.opens)} - ${formatTime(rule.closes)}`,
    )
    .join(' · ');
}
