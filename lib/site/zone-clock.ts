import { DAY_CODES, type DayCode } from './week';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * A time zone's offsets from UTC over a window of time, worked out on the server so the browser
 * can read the company's clock with plain arithmetic. The first Intl.DateTimeFormat a page makes
 * costs 15–30 ms here (ICU starting up), several times that on a cheap phone, and the open-now
 * pill made it in the middle of hydration: Lighthouse's biggest blocking task.
 */
export type ZoneClock = {
  timeZone: string;
  /** Epoch milliseconds the offsets are known for: [from, until). */
  from: number;
  until: number;
  /** From each `at` (epoch ms) on, the zone is `minutes` ahead of UTC; sorted, first at `from`. */
  offsets: { at: number; minutes: number }[];
};

export type WallClock = { day: DayCode; minutes: number };

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter, made once per locale and options: making one costs ~0.4 ms, and every prerendered
 * page's header asks for the same (~0.5 s of a 1,000-post build).
 */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** `at` formatted in `locale` with `options`, read part by part ("" for a part it lacks). */
export function dateParts(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  at: Date | number,
): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = dateFormat(locale, options).formatToParts(at);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/** How far `timeZone` is ahead of UTC at `epochMs`, in minutes. */
function offsetAt(timeZone: string, epochMs: number): number {
  const part = dateParts(
    'en-US',
    {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    },
    epochMs,
  );
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(part(type) || 0);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((local - Math.floor(epochMs / 1000) * 1000) / MINUTE);
}

/**
 * The zone's offsets from a day before `start` for `days` days (a build is served for months):
 * sampled daily, each change found to the minute. Malaysia's has one entry, +480.
 */
export function zoneClock(timeZone: string, start = Date.now(), days = 800): ZoneClock {
  const from = Math.floor(start / MINUTE) * MINUTE - DAY;
  const until = from + days * DAY;
  const offsets = [{ at: from, minutes: offsetAt(timeZone, from) }];
  let before = offsets[0]?.minutes ?? 0;
  // Up to `until` itself: a change on the window's last day must not be missed.
  for (let day = from + DAY; day <= until; day += DAY) {
    const after = offsetAt(timeZone, day);
    if (after === before) continue;
    let [old, changed] = [day - DAY, day];
    while (changed - old > MINUTE) {
      const middle = old + Math.floor((changed - old) / 2 / MINUTE) * MINUTE;
      if (offsetAt(timeZone, middle) === before) old = middle;
      else changed = middle;
    }
    offsets.push({ at: changed, minutes: after });
    before = after;
  }
  return { timeZone, from, until, offsets };
}

/** Where the company's wall clock stands: its weekday and minutes since its midnight. */
export function wallClock(now: Date, zone: string | ZoneClock): WallClock {
  const t = now.getTime();
  if (typeof zone !== 'string' && zone.from <= t && t < zone.until) {
    let minutes = zone.offsets[0]?.minutes ?? 0;
    for (const offset of zone.offsets) if (offset.at <= t) minutes = offset.minutes;
    const local = new Date(t + minutes * MINUTE);
    return {
      day: DAY_CODES[(local.getUTCDay() + 6) % 7] ?? 'Mon',
      minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    };
  }
  // Outside the window (a build served for years) Intl still knows.
  const part = dateParts(
    'en-US',
    {
      timeZone: typeof zone === 'string' ? zone : zone.timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    },
    now,
  );
  const day = DAY_CODES.find((code) => code === part('weekday')) ?? 'Mon';
  return { day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}
