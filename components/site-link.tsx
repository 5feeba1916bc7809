import Link from 'next/link';
import type { ComponentProps } from 'react';
import { prefetchFor } from '@/lib/prefetch';

type SiteLinkProps = ComponentProps<typeof Link> & { href: string };

/** next/link for links inside the site, with the prefetch rule of lib/prefetch.ts applied. */
export function SiteLink({ href, ...rest }: SiteLinkProps) {
  return <Link href={href} prefetch={prefetchFor(href)} {...rest} />;
}
