import { PhoneIcon } from '@/components/icons';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { siteHours } from '@/lib/i18n/site-hours';
import { addressLines, getSite, hasRealEmail, telHref } from '@/lib/site/site';

/** Phone, hours, email and address as far as they are known; unknown ones are left out. */
export function ContactDetails({ locale }: { locale: Locale }) {
  const t = dictionary(locale).contact;
  const hours = siteHours(locale);
  const address = addressLines();
  return (
    <aside
      aria-labelledby="details-heading"
      className="h-fit rounded-xl border border-slate-200 bg-slate-50 p-6 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="details-heading" className="text-lg font-semibold text-ink dark:text-slate-50">
        {t.details}
      </h2>
      <dl className="mt-4 space-y-4 text-sm">
        <div>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t.phone}</dt>
          <dd>
            <a
              href={telHref()}
              className="inline-flex items-center gap-2 text-base font-semibold text-brand-700 hover:underline dark:text-brand-300"
            >
              <PhoneIcon /> {getSite().phone}
            </a>
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t.hours}</dt>
          <dd className="text-slate-800 dark:text-slate-200">
            {hours.label} ({hours.zone})
          </dd>
        </div>
        {hasRealEmail() && (
          <div>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t.email}</dt>
            <dd>
              <a
                href={`mailto:${getSite().email}`}
                className="text-brand-700 hover:underline dark:text-brand-300"
              >
                {getSite().email}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t.address}</dt>
          <dd>
            <address className="text-slate-800 not-italic dark:text-slate-200">
              {address.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
          </dd>
        </div>
      </dl>
    </aside>
  );
}
