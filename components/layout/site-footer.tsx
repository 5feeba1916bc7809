import { SiteLink } from '@/components/site-link';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { siteHours } from '@/lib/i18n/site-hours';
import { siteTexts } from '@/lib/i18n/site-texts';
import { pagePath } from '@/lib/site/routes';
import { addressLines, getSite, hasRealEmail, telHref } from '@/lib/site/site';

/** Shows only the facts marketing has filled in: empty address parts and social links stay hidden. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = dictionary(locale).footer;
  const site = getSite();
  const texts = siteTexts(locale);
  const hours = siteHours(locale);
  const address = addressLines();
  return (
    <footer className="mt-16 bg-ink text-slate-200 dark:border-t dark:border-slate-800">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <p className="text-lg font-bold text-white">{site.name}</p>
          <p className="mt-2 max-w-xs text-sm text-slate-300">{texts.tagline}</p>
        </div>
        <div>
          <h2 className="text-sm font-semibold tracking-wide text-white uppercase">{t.contact}</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <a href={telHref()} className="hover:underline">
                {site.phone}
              </a>
            </li>
            {hasRealEmail() && (
              <li>
                <a href={`mailto:${site.email}`} className="hover:underline">
                  {site.email}
                </a>
              </li>
            )}
            <li>
              {hours.label} ({hours.zone})
            </li>
            {address.length > 0 && <li>{address.join(', ')}</li>}
          </ul>
        </div>
        <nav aria-label={t.nav}>
          <h2 className="text-sm font-semibold tracking-wide text-white uppercase">{t.explore}</h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 text-sm">
            {texts.nav.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href} className="hover:underline">
                  {item.label}
                </SiteLink>
              </li>
            ))}
            {site.social.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="hover:underline" rel="me noopener">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="flex flex-wrap justify-center gap-x-4 gap-y-1 border-t border-white/10 px-4 py-5 text-center text-xs text-slate-400">
        <p>
          {fill(t.rights, { year: new Date().getFullYear(), name: site.legalName ?? site.name })}
        </p>
        {site.registrationNumber && (
          <p>{fill(t.registration, { number: site.registrationNumber })}</p>
        )}
        {/* Both languages on both sites, as the PDPA asks of the notice. */}
        <SiteLink href={pagePath('privacy', locale)} className="underline hover:text-white">
          <span lang="en">Privacy notice</span> / <span lang="ms">Notis privasi</span>
        </SiteLink>
      </div>
    </footer>
  );
}
