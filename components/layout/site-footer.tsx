import { SiteLink } from '@/components/site-link';
import { pagePath } from '@/lib/site/routes';
import {
  addressLines,
  getSite,
  hasRealEmail,
  hoursLabel,
  hoursTimeZone,
  telHref,
} from '@/lib/site/site';

/** Shows only the facts marketing has filled in: empty address parts and social links stay hidden. */
export function SiteFooter() {
  const address = addressLines();
  return (
    <footer className="mt-16 bg-ink text-slate-200 dark:border-t dark:border-slate-800">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <p className="text-lg font-bold text-white">{getSite().name}</p>
          <p className="mt-2 max-w-xs text-sm text-slate-300">{getSite().tagline}</p>
        </div>
        <div>
          <h2 className="text-sm font-semibold tracking-wide text-white uppercase">Contact</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <a href={telHref()} className="hover:underline">
                {getSite().phone}
              </a>
            </li>
            {hasRealEmail() && (
              <li>
                <a href={`mailto:${getSite().email}`} className="hover:underline">
                  {getSite().email}
                </a>
              </li>
            )}
            <li>
              {hoursLabel()} ({hoursTimeZone()})
            </li>
            {address.length > 0 && <li>{address.join(', ')}</li>}
          </ul>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-sm font-semibold tracking-wide text-white uppercase">Explore</h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 text-sm">
            {getSite().nav.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href} className="hover:underline">
                  {item.label}
                </SiteLink>
              </li>
            ))}
            {getSite().social.map((item) => (
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
          © {new Date().getFullYear()} {getSite().legalName ?? getSite().name}. All rights reserved.
        </p>
        {getSite().registrationNumber && <p>SSM registration no. {getSite().registrationNumber}</p>}
        <SiteLink href={pagePath('privacy')} className="underline hover:text-white">
          Privacy notice / <span lang="ms">Notis privasi</span>
        </SiteLink>
      </div>
    </footer>
  );
}
