import { DAY_CODES, type DayCode, type OpeningHours, type OpenStatus } from './week';
import { enHours } from '../i18n/hours-en';
import { describeOpenStatus as describeStatusIn, hoursLabel, hoursRules } from '../i18n/hours';
import { dateParts, wallClock, type ZoneClock } from './zone-clock';

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Each rule as its days and its times: { days: "MON - FRI", time: "9 AM - 5:30 PM" }. */
export const formatHoursRules = (hours: readonly OpeningHours[]) => hoursRules(enHours, hours);

/** All rules on one line: "MON - FRI: 10 AM - 6 PM · SAT: 10 AM - 2 PM". */
export const formatHoursLabel = (hours: readonly OpeningHours[]) => hoursLabel(enHours, hours);

function toMinutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export type Interval = { start: number; end: number };

/**
 * One rule's opening times as minutes since Monday 00:00, a day at a time. A rule that closes at
 * or before it opens (22:00 - 02:00) runs past midnight into the next day.
 */
export function ruleIntervals(rule: OpeningHours): (Interval & { day: DayCode })[] {
  return rule.days.map((day) => {
    const start = DAY_CODES.indexOf(day) * MINUTES_PER_DAY + toMinutes(rule.opens);
    let end = DAY_CODES.indexOf(day) * MINUTES_PER_DAY + toMinutes(rule.closes);
    if (end <= start) end += MINUTES_PER_DAY;
    return { day, start, end };
  });
}

/** All opening times of the week, merged where they touch. */
function weeklyIntervals(hours: readonly OpeningHours[]): Interval[] {
  const raw = hours.flatMap(ruleIntervals);
  const merged: Interval[] = [];
  for (const next of raw.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

export type { NextOpening, OpenStatus } from './week';

function clockTime(weekMinutes: number): string {
  const minutes = ((weekMinutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function dayAt(weekMinutes: number): DayCode {
  return DAY_CODES[Math.floor(weekMinutes / MINUTES_PER_DAY) % 7] ?? 'Mon';
}

/**
 * Is the company open at `now` on its own clock (`zone`: its name, or its offsets from
 * zoneClock), and until when; if closed, when does it open next. The visitor's own timezone
 * plays no part.
 */
export function openStatus(
  hours: readonly OpeningHours[],
  zone: string | ZoneClock,
  now: Date,
): OpenStatus {
  const clock = wallClock(now, zone);
  const t = DAY_CODES.indexOf(clock.day) * MINUTES_PER_DAY + clock.minutes;
  const intervals = weeklyIntervals(hours);
  // Last week's Sunday-night opening may still be running on Monday morning; next week's Monday
  // opening may be the next one after Sunday.
  const around = [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK].flatMap((shift) =>
    intervals.map((i) => ({ start: i.start + shift, end: i.end + shift })),
  );
  const current = around.find((i) => i.start <= t && t < i.end);
  if (current) return { open: true, closes: clockTime(current.end) };
  const next = around.filter((i) => i.start > t).sort((a, b) => a.start - b.start)[0];
  if (!next) return { open: false };
  const daysAhead = Math.floor(next.start / MINUTES_PER_DAY) - Math.floor(t / MINUTES_PER_DAY);
  return {
    open: false,
    opens: {
      day: dayAt(next.start + MINUTES_PER_WEEK),
      time: clockTime(next.start),
      when: daysAhead === 0 ? 'today' : daysAhead === 1 ? 'tomorrow' : 'later',
    },
  };
}

/** "Open now · until 6 PM", "Closed · opens 10 AM", "Closed · opens tomorrow 10 AM", … */
export const describeOpenStatus = (status: OpenStatus) => describeStatusIn(enHours, status);

/** "Asia/Kuala_Lumpur" -> "Malaysia Time" ("Waktu Malaysia" in "ms"): what the hours are given in. */
export function timeZoneLabel(
  timeZone: string,
  at: Date = new Date(),
  language: string = 'en',
): string {
  return dateParts(language, { timeZone, timeZoneName: 'long' }, at)('timeZoneName') || timeZone;
}
