import type { Metadata } from 'next';
import { SiteDocument } from '@/components/layout/site-document';
import { LanguageFrame } from '@/components/views/language-frame';
import { NotFoundBody } from '@/components/views/not-found-view';
import { dictionary } from '@/lib/i18n/dictionary';
import { HTML_LANG } from '@/lib/i18n/locales';
import { inter } from './fonts/inter';
import './globals.css';

// Any address no route matches, in both languages: the site has one root layout per language
// (and one for the admin), so no layout's not-found.tsx can catch them all; the static export's
// single 404.html is this page too.
export const metadata: Metadata = {
  title: `${dictionary('en').notFound.title} / ${dictionary('ms').notFound.title}`,
};

export default function GlobalNotFound() {
  return (
    <SiteDocument locale="en" className={inter.variable}>
      <LanguageFrame locale="en">
        <NotFoundBody locale="en" />
        <div lang={HTML_LANG.ms} className="border-t border-slate-200 dark:border-slate-800">
          <NotFoundBody locale="ms" headingLevel="h2" />
        </div>
      </LanguageFrame>
    </SiteDocument>
  );
}
