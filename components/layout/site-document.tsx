import type { Viewport } from 'next';
import type { ReactNode } from 'react';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { themeScript } from '@/lib/site/theme';

/** Both languages' layouts export it (app/(en)/layout.tsx, app/(ms)/ms/layout.tsx). */
export const siteViewport: Viewport = { themeColor: '#0b1b36' };

type SiteDocumentProps = { locale: Locale; className: string; children: ReactNode };

/**
 * <html> and <body> of a language's root layout (app/(en), app/(ms)/ms): its own <html lang>.
 * The page itself (header, main, footer) is components/layout/site-frame.tsx.
 */
export function SiteDocument({ locale, className, children }: SiteDocumentProps) {
  return (
    // The head script adds "dark" to this class list before React hydrates; React must keep it.
    <html lang={HTML_LANG[locale]} className={className} suppressHydrationWarning>
      {/* The root layouts' own <head> (App Router), not pages/'s next/head. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        {/* Without JavaScript the theme button could not switch anything: hide it (it carries
            data-needs-js). In <head>, where a <style> is valid HTML; the phone's Menu is a
            native <details> and opens without scripts. */}
        <noscript>
          <style>{'[data-needs-js]{display:none}'}</style>
        </noscript>
      </head>
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
