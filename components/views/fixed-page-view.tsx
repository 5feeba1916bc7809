import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ContactCta } from '@/components/contact/contact-cta';
import { ContentPage } from '@/components/page/content-page';
import type { RequiredPage } from '@/lib/site/routes';
import { fixedPageAlternates } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';
import { alternatesIn } from '@/lib/i18n/seo';
import { getPage } from '@/lib/posts/pages';
import { pagePath } from '@/lib/site/routes';
import { LanguageFrame } from './language-frame';

/**
 * A fixed page's metadata in one language, with hreflang to the other: every fixed page exists
 * in both. Read on each render, not once per module: `next dev` then shows every save.
 */
export function fixedPageMetadata(slug: RequiredPage, locale: Locale): Metadata {
  const { title, description } = getPage(slug, locale);
  return {
    ...(slug === 'home' ? { description } : { title, description }),
    alternates: alternatesIn(locale, fixedPageAlternates(pagePath(slug, locale))),
  };
}

/** Header, footer and language switch around a fixed page (or any page that exists in both). */
export function FixedFrame({
  path,
  locale,
  children,
}: {
  path: string;
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <LanguageFrame locale={locale} translations={fixedPageAlternates(path)}>
      {children}
    </LanguageFrame>
  );
}

type FixedPageViewProps = {
  slug: Exclude<RequiredPage, 'home'>;
  locale: Locale;
  /** The "Find Out More" band under the copy (About, Services). */
  cta?: boolean;
  aside?: ReactNode;
  children?: ReactNode;
  /** False where a layout gives the frame (app/(en)/contact/layout.tsx). */
  framed?: boolean;
};

/** About, Services, Contact and Privacy: the copy of content/pages/<slug>.mdx (or pages/ms/). */
export function FixedPageView({
  slug,
  locale,
  cta = false,
  aside,
  children,
  framed = true,
}: FixedPageViewProps) {
  const page = (
    <>
      <ContentPage page={getPage(slug, locale)} locale={locale} aside={aside}>
        {children}
      </ContentPage>
      {cta && <ContactCta locale={locale} />}
    </>
  );
  if (!framed) return page;
  return (
    <FixedFrame path={pagePath(slug, locale)} locale={locale}>
      {page}
    </FixedFrame>
  );
}
