import { ClockIcon, PhoneIcon, SearchIcon } from '@/components/icons';
import { SiteLink } from '@/components/site-link';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { homePath, searchPath } from '@/lib/site/routes';
import { getSite, siteClock, telHref } from '@/lib/site/site';
import { siteHours } from '@/lib/i18n/site-hours';
import { siteTexts } from '@/lib/i18n/site-texts';
import { HoursText } from './hours-text';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';
import { MainNav } from './main-nav';
import { OpenNow } from './open-now';
import { ThemeToggle } from './theme-toggle';

type SiteHeaderProps = {
  locale: Locale;
  /** The same page in the other language, or that language's home page. */
  switchHref: string;
};

export function SiteHeader({ locale, switchHref }: SiteHeaderProps) {
  const t = dictionary(locale);
  const hours = siteHours(locale);
  const search = { label: t.header.search, href: searchPath(locale) };
  return (
    <header className="relative z-30 border-b border-slate-200 bg-white/95 md:sticky md:backdrop-blur md:top-0 dark:border-slate-800 dark:bg-slate-900/95">
      <div className="bg-ink text-sm text-slate-100">
        {/* Phones: a two-row grid (hours | phone, then the open-now pill). The hours break only
            between rules, or between a rule's days and times on the narrowest screens; at 360 px
            and up the default hours fit on one line in either font, so the web font arriving
            does not rewrap them (rewrapping here was once a measured layout shift). Sizes in rem
            and em follow the visitor's text size: with large text on a phone (narrower than 19.5
            of its ems) hours, phone and pill stack, rather than overlap. */}
        <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 px-4 py-2 max-sm:text-[0.8125rem] max-[19.5em]:grid-cols-1 sm:flex sm:flex-wrap sm:gap-x-4">
          <p className="flex items-center gap-2">
            <ClockIcon />
            <HoursText rules={hours.rules} />
          </p>
          {/* On phones the pill takes the second line, so hours and phone share the first. */}
          <div className="max-sm:order-last max-sm:col-span-full sm:mr-auto">
            <OpenNow
              hours={getSite().hours}
              clock={siteClock()}
              neutralLabel={hours.zone}
              strings={hours.pill}
            />
          </div>
          <a
            href={telHref()}
            className="flex items-center gap-2 font-semibold whitespace-nowrap text-white hover:underline sm:ml-auto"
          >
            <PhoneIcon />
            <span>
              <span className="sr-only">{t.header.callUs}</span>
              {getSite().phone}
            </span>
          </a>
        </div>
      </div>
      <div className="relative mx-auto flex min-h-16 max-w-6xl items-center justify-between gap-x-3 gap-y-2 px-4 py-2 max-[19.5em]:flex-wrap">
        <Logo
          name={getSite().name}
          href={homePath(locale)}
          label={fill(t.header.home, { name: getSite().name })}
          alt={fill(t.header.logo, { name: getSite().name })}
        />
        <div className="flex items-center gap-2">
          <LanguageSwitch locale={locale} href={switchHref} />
          {/* Phones show the theme button before the Menu, md and up after the bar and search:
              the same button in both places keeps the tab order the visual order. */}
          <ThemeToggle className="md:hidden" label={t.header.darkTheme} />
          <MainNav
            items={siteTexts(locale).nav}
            home={homePath(locale)}
            phoneOnly={search}
            menuLabel={t.header.menu}
            navLabel={t.header.mainNav}
          />
          <SiteLink href={search.href} className="search-button hidden md:flex">
            <SearchIcon />
            <span className="sr-only">{search.label}</span>
          </SiteLink>
          <ThemeToggle className="max-md:hidden" label={t.header.darkTheme} />
        </div>
      </div>
    </header>
  );
}
