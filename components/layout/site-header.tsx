import { hoursLabel, site, telHref } from '@/lib/site';
import { Logo } from './logo';
import { MobileMenu } from './mobile-menu';
import { NavLink } from './nav-link';

export function SiteHeader() {
  return (
    <header className="relative z-30 border-b border-slate-200 bg-white/95 backdrop-blur md:sticky md:top-0">
      <div className="bg-ink text-sm text-slate-100">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2">
          <p className="flex items-center gap-2">
            <ClockIcon />
            <span>{hoursLabel}</span>
          </p>
          <a
            href={telHref()}
            className="flex items-center gap-2 font-semibold text-white hover:underline"
          >
            <PhoneIcon />
            <span>
              <span className="sr-only">Call us: </span>
              {site.phone}
            </span>
          </a>
        </div>
      </div>
      <div className="relative mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
        <Logo name={site.name} />
        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex items-center gap-1">
            {site.nav.map((item) => (
              <li key={item.href}>
                <NavLink
                  href={item.href}
                  label={item.label}
                  className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-700 aria-[current=page]:text-brand-700 aria-[current=page]:underline aria-[current=page]:underline-offset-8"
                />
              </li>
            ))}
          </ul>
        </nav>
        <MobileMenu items={site.nav} />
      </div>
    </header>
  );
}

function ClockIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-4 w-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </svg>
  );
}

export function PhoneIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-4 w-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />
    </svg>
  );
}
