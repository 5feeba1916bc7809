import { SiteLink } from '@/components/site-link';
import type { ReactNode } from 'react';

export type ButtonProps = { href: string; children: ReactNode };

/** An internal link styled like the site's call-to-action button. */
export function Button({ href, children }: ButtonProps) {
  return (
    <SiteLink
      href={href}
      className="not-prose my-4 inline-flex h-12 items-center rounded-lg border border-transparent bg-brand-700 px-6 font-semibold text-white no-underline shadow hover:bg-brand-800"
    >
      {children}
    </SiteLink>
  );
}
