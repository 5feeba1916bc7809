import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { PreviewBanner } from '@/components/layout/preview-banner';
import { ContentProblemsPanel } from '@/components/problems/content-problems-panel';
import { SiteHeader } from '@/components/layout/site-header';
import { rootMetadata } from '@/lib/seo/metadata';
import { getSite, siteLanguage, siteUrl } from '@/lib/site/site';
import { themeScript } from '@/lib/site/theme';
import { isPreview } from '@/lib/posts/visibility';
import { inter } from './fonts/inter';
import './globals.css';

export function generateMetadata(): Metadata {
  return rootMetadata(getSite(), siteUrl(), siteLanguage, { preview: isPreview() });
}

export const viewport: Viewport = { themeColor: '#0b1b36' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script adds "dark" to this class list before React hydrates; React must keep it.
    <html lang={siteLanguage} className={inter.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-4 py-2 font-semibold text-brand-700 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        {isPreview() && <PreviewBanner />}
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <ContentProblemsPanel />
      </body>
    </html>
  );
}
