import { afterEach, describe, expect, it } from 'vitest';
import { describeOpenStatus, openStatus, timeZoneLabel } from '@/lib/site/hours';
import { wallClock } from '@/lib/site/zone-clock';
import { site } from '@/lib/site/site';
import type { OpeningHours } from '@/lib/site/week';
import { siteFile } from '../helpers/fixture-site';

const KL = 'Asia/Kuala_Lumpur';
// Mon–Fri 09:00–17:30 and Sat 09:00–13:00, from the fixture site's site.json.
const FIXTURE_HOURS = site.hours;
/** The label a visitor sees at `utc` (an ISO instant), with the fixture company's hours. */
const label = (utc: string, hours: readonly OpeningHours[] = FIXTURE_HOURS, zone = KL) =>
  describeOpenStatus(openStatus(hours, zone, new Date(utc)));

describe('open now, in Malaysia time (UTC+8, no daylight saving)', () => {
  it('uses the hours from the site config', () => {
    expect(site.timezone).toBe(KL);
    expect(FIXTURE_HOURS).toEqual([
      { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], opens: '09:00', closes: '17:30' },
      { days: ['Sat'], opens: '09:00', closes: '13:00' },
    ]);
    expect(FIXTURE_HOURS).toEqual((siteFile() as unknown as { hours: OpeningHours[] }).hours);
  });

  it('opens at 09:00 sharp and closes at 17:30 sharp', () => {
    // Monday 30 Nov 2026.
    expect(label('2026-11-30T00:59:59Z')).toBe('Closed · opens 9 AM'); // 08:59:59
    expect(label('2026-11-30T01:00:00Z')).toBe('Open now · until 5:30 PM'); // 09:00
    expect(label('2026-11-30T09:29:59Z')).toBe('Open now · until 5:30 PM'); // 17:29:59
    expect(label('2026-11-30T09:30:00Z')).toBe('Closed · opens tomorrow 9 AM'); // 17:30
  });

  it('crosses midnight: 23:59 says "tomorrow", 00:00 says "today"', () => {
    expect(label('2026-11-30T15:59:00Z')).toBe('Closed · opens tomorrow 9 AM'); // Mon 23:59
    expect(label('2026-11-30T16:00:00Z')).toBe('Closed · opens 9 AM'); // Tue 00:00
  });

  it('closes early on Saturday, and a closed Sunday names Monday', () => {
    // Saturday 28 Nov 2026.
    expect(label('2026-11-28T04:59:59Z')).toBe('Open now · until 1 PM'); // 12:59:59
    expect(label('2026-11-28T05:00:00Z')).toBe('Closed · opens Mon 9 AM'); // 13:00
  });

  it('crosses the week: Sunday evening opens again Monday, "tomorrow"', () => {
    expect(wallClock(new Date('2026-11-29T12:00:00Z'), KL)).toEqual({ day: 'Sun', minutes: 1200 });
    expect(label('2026-11-29T12:00:00Z')).toBe('Closed · opens tomorrow 9 AM');
  });

  it('is the Malaysian clock that counts, wherever the visitor is (UTC day differs)', () => {
    // 2026-11-29 20:30 in New York is already Monday 09:30 in Kuala Lumpur.
    expect(wallClock(new Date('2026-11-30T01:30:00Z'), KL)).toEqual({ day: 'Mon', minutes: 570 });
    // 2026-11-30 23:00 UTC is Tuesday 07:00 in Kuala Lumpur.
    expect(wallClock(new Date('2026-11-30T23:00:00Z'), KL)).toEqual({ day: 'Tue', minutes: 420 });
  });

  it('gives the same answer whatever timezone the browser (or build machine) is in', () => {
    const instants = ['2026-11-30T00:59:00Z', '2026-11-30T01:00:00Z', '2026-11-30T16:00:00Z'];
    const results = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'].map(
      (tz) => {
        process.env.TZ = tz;
        return instants.map((i) => label(i));
      },
    );
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it('names the zone the hours are given in, for the prerendered label', () => {
    expect(timeZoneLabel(KL)).toBe('Malaysia Time');
  });
});

describe('open now with other schedules', () => {
  const WEEKDAYS: OpeningHours[] = [
    { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], opens: '09:30', closes: '17:00' },
    { days: ['Sat'], opens: '10:00', closes: '12:00' },
  ];

  it('names the day when the next opening is more than a day away', () => {
    // Saturday 5 Dec 2026 13:00 MYT: closed until Monday 9:30.
    expect(label('2026-12-05T05:00:00Z', WEEKDAYS)).toBe('Closed · opens Mon 9:30 AM');
    expect(label('2026-12-05T03:00:00Z', WEEKDAYS)).toBe('Open now · until 12 PM');
    // Friday 17:30 -> Saturday 10:00 is "tomorrow".
    expect(label('2026-12-04T09:30:00Z', WEEKDAYS)).toBe('Closed · opens tomorrow 10 AM');
  });

  it('handles hours that run past midnight, including Sunday night into Monday', () => {
    const night: OpeningHours[] = [
      { days: ['Fri', 'Sat', 'Sun'], opens: '22:00', closes: '02:00' },
    ];
    expect(label('2026-11-29T17:30:00Z', night)).toBe('Open now · until 2 AM'); // Mon 01:30
    expect(label('2026-11-29T18:00:00Z', night)).toBe('Closed · opens Fri 10 PM'); // Mon 02:00
    expect(label('2026-12-04T13:59:00Z', night)).toBe('Closed · opens 10 PM'); // Fri 21:59
  });

  it('merges rules that meet, so "until" is when the doors really close', () => {
    const split: OpeningHours[] = [
      { days: ['Mon'], opens: '08:00', closes: '12:00' },
      { days: ['Mon'], opens: '12:00', closes: '20:00' },
    ];
    expect(label('2026-11-30T01:00:00Z', split)).toBe('Open now · until 8 PM');
  });

  it('follows daylight saving in a zone that has it', () => {
    const nine: OpeningHours[] = [
      { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], opens: '09:00', closes: '17:00' },
    ];
    const NY = 'America/New_York';
    expect(label('2026-07-06T13:00:00Z', nine, NY)).toBe('Open now · until 5 PM'); // 09:00 EDT
    expect(label('2026-12-07T13:00:00Z', nine, NY)).toBe('Closed · opens 9 AM'); // 08:00 EST
  });
});

afterEach(() => {
  delete process.env.TZ;
});
