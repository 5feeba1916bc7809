import type { ReactNode } from 'react';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PageProblems } from '@/components/problems/page-problems';
import { BusinessJsonLd } from '@/components/seo/business-json-ld';
import type { Locale } from '@/lib/i18n/locales';
import type { PageContent } from '@/lib/posts/pages';
import { BUSINESS_PAGE_SLUGS } from '@/lib/seo/metadata';
import { pagePath, REQUIRED_PAGES } from '@/lib/site/routes';

type ContentPageProps = {
  page: PageContent;
  locale: Locale;
  aside?: ReactNode;
  children?: ReactNode;
};

/** The shared frame of the copy pages (About, Services, Contact): heading, lead, MDX body. */
export function ContentPage({ page, locale, aside, children }: ContentPageProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      {REQUIRED_PAGES.map(
        (slug) => slug === page.slug && <PageProblems key={slug} path={pagePath(slug, locale)} />,
      )}
      {BUSINESS_PAGE_SLUGS.includes(page.slug) && <BusinessJsonLd locale={locale} />}
      <h1 className="text-4xl font-bold tracking-tight text-ink dark:text-slate-50">
        {page.heading}
      </h1>
      {page.lead && (
        <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{page.lead}</p>
      )}
      <div className={aside ? 'mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]' : 'mt-10'}>
        <div>
          <MdxContent source={page.body} locale={locale} />
          {children}
        </div>
        {aside}
      </div>
    </div>
  );
}
