import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument, siteViewport } from '@/components/layout/site-document';
import { rootMetadataIn } from '@/lib/i18n/seo';
import { inter } from '../fonts/inter';
import '../globals.css';

export const viewport: Viewport = siteViewport;

/** The English site's root layout: its own <html lang>. */
export function generateMetadata(): Metadata {
  return rootMetadataIn('en');
}

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return (
    <SiteDocument locale={'en'} className={inter.variable}>
      {children}
    </SiteDocument>
  );
}
