import { timeZoneLabel } from '../site/hours';
import { getSite } from '../site/site';
import { dictionary } from './dictionary';
import { hoursLabel, hoursRules, type HourStrings } from './hours';
import { HTML_LANG, type Locale } from './locales';

/** The company's hours (content/site.json) in one language, as the header, footer and pages say them. */
export function siteHours(locale: Locale): {
  rules: { days: string; time: string }[];
  label: string;
  /** Whose clock: "Malaysia Time" / "Waktu Malaysia". */
  zone: string;
  /** What the open-now island needs to say its status (a prop: it bundles no dictionary). */
  pill: HourStrings & { timesAre: string };
} {
  const { hours, timezone } = getSite();
  const { open: _open, ...pill } = dictionary(locale).hours;
  return {
    rules: hoursRules(pill, hours),
    label: hoursLabel(pill, hours),
    zone: timeZoneLabel(timezone, new Date(), HTML_LANG[locale]),
    pill,
  };
}
