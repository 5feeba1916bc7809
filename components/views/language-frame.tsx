import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/layout/site-frame';
import { switchTarget } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The frame of a page that has no translation (a later page of a listing, a tag, an untranslated
 * post, the 404): the language switch leads to the other language's home page, never to an
 * address that does not exist there.
 */
export function LanguageFrame({
  locale,
  translations,
  children,
}: {
  locale: Locale;
  translations?: Record<Locale, string>;
  children: ReactNode;
}) {
  return (
    <SiteFrame locale={locale} switchHref={switchTarget(locale, translations)}>
      {children}
    </SiteFrame>
  );
}
