import { describe, expect, it } from 'vitest';
import { wallClock, zoneClock } from '@/lib/site/zone-clock';

const at = (iso: string) => new Date(iso).getTime();

describe('the company clock the browser reads without Intl', () => {
  it('is one offset for Malaysia: UTC+8, no daylight saving', () => {
    const clock = zoneClock('Asia/Kuala_Lumpur', at('2026-11-29T04:00:00Z'));
    expect(clock.offsets).toEqual([{ at: clock.from, minutes: 480 }]);
    expect(clock.until - clock.from).toBeGreaterThan(2 * 365 * 86_400_000);
  });

  it('finds daylight-saving changes to the minute', () => {
    const london = zoneClock('Europe/London', at('2026-01-01T00:00:00Z'), 365);
    expect(london.offsets.slice(1)).toEqual([
      { at: at('2026-03-29T01:00:00Z'), minutes: 60 },
      { at: at('2026-10-25T01:00:00Z'), minutes: 0 },
    ]);
    // Lord Howe Island moves by half an hour.
    const lordHowe = zoneClock('Australia/Lord_Howe', at('2026-01-01T00:00:00Z'), 365);
    expect(lordHowe.offsets.map((o) => o.minutes)).toEqual([660, 630, 660]);
  });

  it('catches a change on the last day it knows', () => {
    // From 27 Mar 12:00 to 29 Mar 12:00 UTC; London moves to +1 at 01:00 UTC on the 29th.
    const clock = zoneClock('Europe/London', at('2026-03-28T12:00:00Z'), 2);
    const lastHour = new Date(clock.until - 3_600_000);
    expect(wallClock(lastHour, clock)).toEqual(wallClock(lastHour, 'Europe/London'));
  });

  it('reads the same wall clock as Intl, hour by hour, in zones with odd offsets and changes', () => {
    for (const zone of [
      'Asia/Kuala_Lumpur',
      'America/New_York',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ]) {
      const clock = zoneClock(zone, at('2026-01-01T00:00:00Z'), 400);
      for (let t = clock.from; t < clock.until; t += 3_600_000 + 7 * 60_000) {
        expect(wallClock(new Date(t), clock), `${zone} ${new Date(t).toISOString()}`).toEqual(
          wallClock(new Date(t), zone),
        );
      }
    }
  });

  it('asks Intl outside the days it knows (a build served for years)', () => {
    const clock = {
      timeZone: 'Asia/Kuala_Lumpur',
      from: 0,
      until: 1,
      offsets: [{ at: 0, minutes: 0 }],
    };
    // The stale offsets (UTC) are not used: 01:00 UTC is 09:00 in Kuala Lumpur.
    expect(wallClock(new Date('2026-11-30T01:00:00Z'), clock)).toEqual({
      day: 'Mon',
      minutes: 540,
    });
  });
});
