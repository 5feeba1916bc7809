import { describe, expect, it } from 'vitest';
import { calendarDayIn, siteCalendarDay } from '@/lib/site/calendar-day';
import { isVisible } from '@/lib/posts/visibility';
import { site } from '@/lib/site/site';

// 06:23 on 29 November in Kuala Lumpur is still 28 November in UTC.
const MALAYSIAN_MORNING = new Date('2026-11-28T22:23:00Z');

describe('the day a build publishes up to', () => {
  it('is the day in Malaysia, not in UTC', () => {
    expect(calendarDayIn('Asia/Kuala_Lumpur', MALAYSIAN_MORNING)).toBe('2026-11-29');
    expect(calendarDayIn('UTC', MALAYSIAN_MORNING)).toBe('2026-11-28');
    expect(calendarDayIn('Asia/Kuala_Lumpur', new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
  });

  it("publishes a post dated today (Malaysia) from an early-morning build, and not tomorrow's", () => {
    const today = calendarDayIn(site.timezone, MALAYSIAN_MORNING);
    const rules = { includeDrafts: false, today };
    expect(isVisible({ draft: false, date: '2026-11-29' }, rules)).toBe(true);
    expect(isVisible({ draft: false, date: '2026-11-30' }, rules)).toBe(false);
  });

  it('is taken for the build (next.config.ts) in the timezone of content/site.json', () => {
    const before = calendarDayIn(site.timezone);
    const built = siteCalendarDay();
    const after = calendarDayIn(site.timezone);
    expect([before, after]).toContain(built);
  });
});
