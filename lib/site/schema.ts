import { ADDRESS_PATTERN } from '../content-model/address';
import { z } from 'zod';
import { ruleIntervals, type Interval } from './hours';
import { DAY_CODES, type OpeningHours } from './week';

export { DAY_CODES, type DayCode } from './week';

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as "09:00" or "17:30"');

const internalHref = z
  .string()
  .regex(/^\/[a-z0-9\-/]*$/, 'a path on this site starting with "/", such as "/contact"');

// Strict objects: a misspelt setting ("phon") is reported, not silently ignored.
const settingsSchema = z.strictObject({
  name: z.string('the company name').min(1, 'the company name'),
  // As registered with SSM; shown in the footer and on the privacy page when set.
  legalName: z
    .string()
    .min(1, 'the company name as registered, e.g. "Snynet Solution Sdn Bhd"')
    .optional(),
  registrationNumber: z
    .string()
    .min(1, 'the SSM registration number, e.g. "202301012345 (1234567-A)"')
    .optional(),
  tagline: z.string('a short line about the company').min(1, 'a short line about the company'),
  description: z
    .string('one or two sentences about the company')
    .min(20, 'one or two sentences about the company, at least 20 characters')
    .max(200, 'one or two sentences about the company, at most 200 characters'),
  phone: z
    .string()
    .regex(
      /^\+\d[\d -]{6,}$/,
      'an international number: "+", the country code, then the number, with spaces or hyphens, such as "+60 3 1234 5678"',
    ),
  email: z.email('an email address such as "hello@snynet.com.my"'),
  timezone: z.string().refine(isTimeZone, 'an IANA timezone such as "Asia/Kuala_Lumpur"'),
  // Parts not known yet may be left out (the browser editor writes no empty text).
  address: z.strictObject({
    street: z.string().default(''),
    locality: z.string().default(''),
    region: z.string().default(''),
    postalCode: z.string().default(''),
    country: z.string().min(1),
  }),
  hours: z
    .array(
      z.strictObject({
        days: z
          .array(
            z.enum(DAY_CODES, 'a day written Mon, Tue, Wed, Thu, Fri, Sat or Sun'),
            'a list of days in square brackets, such as ["Mon", "Tue", "Wed", "Thu", "Fri"]',
          )
          .min(1, 'at least one day'),
        opens: time,
        closes: time,
      }),
    )
    .min(1)
    .superRefine((rules, ctx) => {
      const clash = overlappingRules(rules);
      if (clash)
        ctx.addIssue({
          code: 'custom',
          path: [clash.second, 'days'],
          message:
            `rules whose times do not overlap: on ${clash.day}, rule ${clash.first + 1} and rule ` +
            `${clash.second + 1} are open at the same time. Give each day one rule, e.g. "Mon"–"Fri" in ` +
            `one and "Sat" with its shorter hours in the other (two rules on one day are for a ` +
            `break, such as 09:00–12:00 and 13:00–18:00)`,
        });
    }),
  social: z.array(
    z.strictObject({
      label: z.string().min(1, 'the name of the network, e.g. "LinkedIn"'),
      href: z.url('a full web address starting with https://'),
    }),
  ),
  nav: z
    .array(
      z.strictObject({
        label: z.string().min(1, 'the text of the menu entry'),
        href: internalHref,
      }),
    )
    .min(1, 'at least one menu entry'),
  // "seo" shows as "Seo" unless told otherwise: tag addresses stay lowercase, labels need not.
  tagLabels: z
    .record(
      z.string().regex(ADDRESS_PATTERN, 'each tag as posts write it, in lower case'),
      z.string().min(1, 'the label to show for the tag, such as "SEO"'),
      'tag labels in braces, such as { "seo": "SEO", "wordpress": "WordPress" }',
    )
    .default({}),
  cta: z.strictObject({
    title: z.string().min(1),
    text: z.string().min(1),
    button: z.string().min(1),
    href: internalHref,
  }),
});

/**
 * The Malay site's own words (lib/i18n/site-texts.ts): the same settings as the English ones
 * they stand beside, with menu and button links to Malay pages ("/ms/…"). Phone, hours and the
 * rest are the same in both languages.
 */
export const malaySettingsSchema = settingsSchema.pick({
  tagline: true,
  description: true,
  nav: true,
  tagLabels: true,
  cta: true,
});

export const siteSchema = settingsSchema.extend({ ms: malaySettingsSchema });

export type SiteConfig = z.infer<typeof siteSchema>;
export type SiteTexts = z.infer<typeof malaySettingsSchema>;
export type { OpeningHours };

// The hand-written type in week.ts must stay what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _hoursTypeMatches: Same<SiteConfig['hours'][number], OpeningHours> = true;

const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * The first day two rules cover at overlapping times, counting rules that run past midnight
 * into the next day (and Sunday night into Monday).
 */
function overlappingRules(
  rules: readonly OpeningHours[],
): { day: string; first: number; second: number } | undefined {
  const overlap = (a: Interval, b: Interval) =>
    [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK].some(
      (shift) => a.start < b.end + shift && b.start + shift < a.end,
    );
  for (let second = 1; second < rules.length; second++) {
    for (let first = 0; first < second; first++) {
      const a = rules[first];
      const b = rules[second];
      if (!a || !b) continue;
      for (const x of ruleIntervals(a))
        for (const y of ruleIntervals(b)) if (overlap(x, y)) return { day: y.day, first, second };
    }
  }
  return undefined;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
