import { SiteLink } from '@/components/site-link';
import { HTML_LANG, LANGUAGE_NAME, otherLocale, type Locale } from '@/lib/i18n/locales';

const SHORT_NAME: Record<Locale, string> = { en: 'EN', ms: 'BM' };

type LanguageSwitchProps = { locale: Locale; href: string };

/**
 * A plain link to the same page in the other language (or that language's home page when the
 * page has no translation): no script, reachable by Tab, and read out in the language it names.
 */
export function LanguageSwitch({ locale, href }: LanguageSwitchProps) {
  const other = otherLocale(locale);
  return (
    <SiteLink
      href={href}
      hrefLang={HTML_LANG[other]}
      lang={HTML_LANG[other]}
      data-language-switch
      className="inline-flex h-11 min-w-11 items-center justify-center rounded-lg border border-slate-300 px-2 text-sm font-semibold text-ink hover:border-brand-600 dark:border-slate-600 dark:text-slate-100 dark:hover:border-brand-300"
    >
      {/* "BM" fits beside the Menu on a 320 px phone; the whole name is read out with it. */}
      {SHORT_NAME[other]}
      <span className="sr-only"> – {LANGUAGE_NAME[other]}</span>
    </SiteLink>
  );
}
