import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument, siteViewport } from '@/components/layout/site-document';
import { rootMetadataIn } from '@/lib/i18n/seo';
import { inter } from '../../fonts/inter';
import '../../globals.css';

export const viewport: Viewport = siteViewport;

/** The Malay site's root layout: its own <html lang> (every page under /ms). */
export function generateMetadata(): Metadata {
  return rootMetadataIn('ms');
}

export default function MalayLayout({ children }: { children: ReactNode }) {
  return (
    <SiteDocument locale={'ms'} className={inter.variable}>
      {children}
    </SiteDocument>
  );
}
