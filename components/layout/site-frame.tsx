import type { ReactNode } from 'react';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { isPreview } from '@/lib/posts/visibility';
import { ContentProblemsPanel } from '@/components/problems/content-problems-panel';
import { PreviewBanner } from './preview-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type SiteFrameProps = {
  locale: Locale;
  /** Where the language switch leads: lib/i18n/alternates.ts, switchTarget. */
  switchHref: string;
  children: ReactNode;
};

/**
 * Skip link, header, main and footer of every page of the site. Each page renders it (not the
 * layout) because only the page knows its translation, and the language switch is a plain link
 * rendered on the server, with no script to work out the address in the browser.
 */
export function SiteFrame({ locale, switchHref, children }: SiteFrameProps) {
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-4 py-2 font-semibold text-brand-700 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {dictionary(locale).layout.skipToContent}
      </a>
      {isPreview() && <PreviewBanner />}
      <SiteHeader locale={locale} switchHref={switchHref} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter locale={locale} />
      <ContentProblemsPanel />
    </>
  );
}
