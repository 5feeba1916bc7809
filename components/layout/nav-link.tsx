'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

type NavLinkProps = {
  href: string;
  label: string;
  className: string;
  onNavigate?: () => void;
  prefetch?: boolean;
};

/** A client leaf only so the current section can be marked with aria-current. */
export function NavLink({ href, label, className, onNavigate, prefetch }: NavLinkProps) {
  const pathname = usePathname();
  const current =
    href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={onNavigate}
      prefetch={prefetch}
    >
      {label}
    </Link>
  );
}
