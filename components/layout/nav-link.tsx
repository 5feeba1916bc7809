'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { prefetchFor } from '@/lib/prefetch';
import { sitePath } from '@/lib/site-path';

type NavLinkProps = {
  href: string;
  label: string;
};

/** A client leaf only so the current section can be marked with aria-current. */
export function NavLink({ href, label }: NavLinkProps) {
  const pathname = usePathname();
  const current =
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      // As SiteLink does: without JavaScript (the phone menu works then too) the static export's
      // hosts serve /about/ directly.
      href={sitePath(href)}
      className="nav-link"
      aria-current={current ? 'page' : undefined}
      prefetch={prefetchFor(href)}
    >
      {label}
    </Link>
  );
}
