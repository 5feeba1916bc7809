import { PrivacyNotice } from './privacy-notice';
import { getSite, hasRealEmail, hoursLabel, telHref } from '@/lib/site/site';

/**
 * Stands in for the form on a static host, where nothing could receive it. Until marketing sets
 * a real email (content/site.json) it offers only the phone, and says only that.
 */
export function ContactByEmail() {
  return (
    <section
      aria-labelledby="reach-heading"
      className="mt-10 rounded-xl border border-slate-200 p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="reach-heading" className="text-xl font-semibold text-ink dark:text-slate-50">
        {hasRealEmail() ? 'Send us an enquiry' : 'Call us'}
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {hasRealEmail()
          ? 'Call us, or write to us and tell us what you need.'
          : `Call us (${hoursLabel()}) and tell us what you need.`}
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <a
          href={telHref()}
          className="inline-flex h-12 items-center rounded-lg border border-transparent bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          Call {getSite().phone}
        </a>
        {hasRealEmail() && (
          <a
            href={`mailto:${getSite().email}?subject=${encodeURIComponent('Enquiry from the website')}`}
            className="inline-flex h-12 items-center rounded-lg border border-slate-300 px-6 font-semibold text-ink hover:border-brand-600 dark:border-slate-600 dark:text-slate-100 dark:hover:border-brand-300"
          >
            Email {getSite().email}
          </a>
        )}
      </div>
      <div className="mt-5">
        <PrivacyNotice channel="direct" />
      </div>
    </section>
  );
}
