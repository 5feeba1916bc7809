'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { prefetchFor } from '@/lib/prefetch';

type NavLinkProps = {
  href: string;
  label: string;
  className: string;
  onNavigate?: () => void;
};

/** A client leaf only so the current section can be marked with aria-current. */
export function NavLink({ href, label, className, onNavigate }: NavLinkProps) {
  const pathname = usePathname();
  const current =
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={onNavigate}
      prefetch={prefetchFor(href)}
    >
      {label}
    </Link>
  );
}
