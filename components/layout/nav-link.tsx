'use client';

import { usePathname } from 'next/navigation';
import { SiteLink } from '@/components/site-link';

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
    <SiteLink href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
      {label}
    </SiteLink>
  );
}
