'use client';

import { usePathname } from 'next/navigation';
import { SiteLink } from '@/components/site-link';

type NavLinkProps = {
  href: string;
  label: string;
  /** Current on this address only (a home page), not on the pages below it. */
  exact?: boolean;
};

/** A client leaf only so the current section can be marked with aria-current. */
export function NavLink({ href, label, exact = false }: NavLinkProps) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <SiteLink href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
      {label}
    </SiteLink>
  );
}
