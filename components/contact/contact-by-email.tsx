import { PrivacyNotice } from './privacy-notice';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { siteHours } from '@/lib/i18n/site-hours';
import { getSite, hasRealEmail, telHref } from '@/lib/site/site';

/**
 * Stands in for the form on a static host, where nothing could receive it. Until marketing sets
 * a real email (content/site.json) it offers only the phone, and says only that.
 */
export function ContactByEmail({ locale }: { locale: Locale }) {
  const t = dictionary(locale).contact;
  const { phone, email } = getSite();
  return (
    <section
      aria-labelledby="reach-heading"
      className="mt-10 rounded-xl border border-slate-200 p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="reach-heading" className="text-xl font-semibold text-ink dark:text-slate-50">
        {hasRealEmail() ? t.formHeading : t.callTitle}
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {hasRealEmail() ? t.writeText : fill(t.callText, { hours: siteHours(locale).label })}
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <a
          href={telHref()}
          className="inline-flex h-12 items-center rounded-lg border border-transparent bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {fill(t.callButton, { phone })}
        </a>
        {hasRealEmail() && (
          <a
            href={`mailto:${email}?subject=${encodeURIComponent(t.emailSubject)}`}
            className="inline-flex h-12 items-center rounded-lg border border-slate-300 px-6 font-semibold text-ink hover:border-brand-600 dark:border-slate-600 dark:text-slate-100 dark:hover:border-brand-300"
          >
            {fill(t.emailButton, { email })}
          </a>
        )}
      </div>
      <div className="mt-5">
        <PrivacyNotice channel="direct" locale={locale} />
      </div>
    </section>
  );
}
