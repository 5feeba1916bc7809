import { z } from 'zod';
import { DAY_CODES, type OpeningHours } from './week';

export { DAY_CODES, type DayCode } from './week';

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as "10:00" or "18:00"');

const internalHref = z
  .string()
  .regex(/^\/[a-z0-9\-/]*$/, 'a path on this site starting with "/", such as "/contact"');

export const siteSchema = z.object({
  name: z.string().min(1),
  tagline: z.string().min(1),
  description: z.string().min(20).max(200),
  phone: z
    .string()
    .regex(
      /^\+\d[\d ]{6,}$/,
      'an international number starting with +, such as "+60 11 5624 8319"',
    ),
  email: z.email('an email address such as "hello@snynet.com.my"'),
  timezone: z.string().refine(isTimeZone, 'an IANA timezone such as "Asia/Kuala_Lumpur"'),
  address: z.object({
    street: z.string(),
    locality: z.string(),
    region: z.string(),
    postalCode: z.string(),
    country: z.string().min(1),
  }),
  hours: z
    .array(
      z.object({
        days: z.array(z.enum(DAY_CODES)).min(1),
        opens: time,
        closes: time,
      }),
    )
    .min(1),
  social: z.array(z.object({ label: z.string().min(1), href: z.url() })),
  nav: z.array(z.object({ label: z.string().min(1), href: internalHref })).min(1),
  cta: z.object({
    title: z.string().min(1),
    text: z.string().min(1),
    button: z.string().min(1),
    href: internalHref,
  }),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type { OpeningHours };

// The hand-written type in week.ts must stay what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _hoursTypeMatches: Same<SiteConfig['hours'][number], OpeningHours> = true;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
