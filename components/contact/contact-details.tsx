import { PhoneIcon } from '@/components/icons';
import {
  addressLines,
  getSite,
  hasRealEmail,
  hoursLabel,
  hoursTimeZone,
  telHref,
} from '@/lib/site/site';

/** Phone, hours, email and address as far as they are known; unknown ones are left out. */
export function ContactDetails() {
  const address = addressLines();
  return (
    <aside
      aria-labelledby="details-heading"
      className="h-fit rounded-xl border border-slate-200 bg-slate-50 p-6 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="details-heading" className="text-lg font-semibold text-ink dark:text-slate-50">
        Reach us directly
      </h2>
      <dl className="mt-4 space-y-4 text-sm">
        <div>
          <dt className="font-medium text-slate-600 dark:text-slate-400">Phone</dt>
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
          <dt className="font-medium text-slate-600 dark:text-slate-400">Opening hours</dt>
          <dd className="text-slate-800 dark:text-slate-200">
            {hoursLabel()} ({hoursTimeZone()})
          </dd>
        </div>
        {hasRealEmail() && (
          <div>
            <dt className="font-medium text-slate-600 dark:text-slate-400">Email</dt>
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
          <dt className="font-medium text-slate-600 dark:text-slate-400">Address</dt>
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
