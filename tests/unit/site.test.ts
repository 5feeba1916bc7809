import { describe, expect, it } from 'vitest';
import { displayDate, isoDay } from '@/lib/site/dates';
import { formatHoursLabel } from '@/lib/site/hours';
import { addressLines, hoursLabel, site, telHref } from '@/lib/site/site';
import { siteSchema } from '@/lib/site/schema';

describe('site config', () => {
  it('derives the header hours label from the structured hours', () => {
    expect(hoursLabel()).toBe('MON - FRI: 9 AM - 5:30 PM · SAT: 9 AM - 1 PM');
  });

  it('turns the display phone number into a tel: link', () => {
    expect(site.phone).toBe('+60 4 555 0142');
    expect(telHref()).toBe('tel:+6045550142');
    expect(telHref('+60 3-2345 6789')).toBe('tel:+60323456789');
  });

  it('shows only the address parts that are filled in', () => {
    expect(addressLines()).toEqual(['Malaysia']);
    expect(
      addressLines({
        street: '1 Jalan Ampang',
        locality: 'Kuala Lumpur',
        region: '',
        postalCode: '50450',
        country: 'Malaysia',
      }),
    ).toEqual(['1 Jalan Ampang', '50450 Kuala Lumpur', 'Malaysia']);
  });

  it('rejects a malformed opening time with a message an editor understands', () => {
    const result = siteSchema.safeParse({
      ...site,
      hours: [{ days: ['Mon'], opens: '10am', closes: '18:00' }],
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('24-hour time');
  });
});

describe('hours label', () => {
  it('formats split days, half hours and noon', () => {
    expect(
      formatHoursLabel([
        { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], opens: '09:30', closes: '17:00' },
        { days: ['Sat'], opens: '10:00', closes: '12:00' },
      ]),
    ).toBe('MON - FRI: 9:30 AM - 5 PM · SAT: 10 AM - 12 PM');
    expect(formatHoursLabel([{ days: ['Mon', 'Wed'], opens: '00:00', closes: '23:30' }])).toBe(
      'MON, WED: 12 AM - 11:30 PM',
    );
  });
});

describe('dates', () => {
  it('shows calendar days the way the site always has, whatever the timezone', () => {
    expect(isoDay('2021-03-08T00:00:00.000Z')).toBe('2021-03-08');
    expect(displayDate('2021-03-08T00:00:00.000Z')).toBe('08 Mar 2021');
    expect(displayDate('2021-09-01')).toBe('01 Sep 2021');
  });
});
