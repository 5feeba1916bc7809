import Link from 'next/link';
import type { ComponentProps } from 'react';
import { prefetchFor } from '@/lib/site/prefetch';
import { sitePath } from '@/lib/site/site-path';

type SiteLinkProps = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * next/link for every link to one of the site's pages: the prefetch rule of lib/site/prefetch.ts
 * applied, and the path written as this build serves it (a trailing "/" in the static export).
 */
export function SiteLink({ href, ...rest }: SiteLinkProps) {
  return <Link href={sitePath(href)} prefetch={prefetchFor(href)} {...rest} />;
}
