import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchFallback } from '@/components/search/search-fallback';
import { SearchIsland } from '@/components/search/search-island';
import type { SearchPageProps } from '@/components/search/search-strings';
import { fixedPageAlternates } from '@/lib/i18n/alternates';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { displayDateIn } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { summariesIn } from '@/lib/i18n/posts';
import { alternatesIn } from '@/lib/i18n/seo';
import { siteTexts } from '@/lib/i18n/site-texts';
import { searchIndexPath, searchPath } from '@/lib/site/routes';
import { getSite } from '@/lib/site/site';

export function searchMetadata(locale: Locale): Metadata {
  const t = dictionary(locale).search;
  return {
    title: t.title,
    description: fill(t.description, { name: getSite().name }),
    alternates: alternatesIn(locale, fixedPageAlternates(searchPath(locale))),
  };
}

/** The language's posts, searched in the browser over that language's index; its frame is
 * app/(en)/search/layout.tsx's. */
export function SearchView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const props: SearchPageProps = {
    posts: summariesIn(locale).map(({ url, title, excerpt, date, tags }) => ({
      url,
      title,
      excerpt,
      date,
      tags,
      shownDate: displayDateIn(locale, date),
    })),
    tagLabels: siteTexts(locale).tagLabels,
    locale,
    action: searchPath(locale),
    strings: { ...t.search, tags: t.blog.tags, postOne: t.blog.postOne, postMany: t.blog.postMany },
  };
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight text-ink dark:text-slate-50">
        {t.search.heading}
      </h1>
      {/* The island reads ?q=, which a prerendered page cannot: the build renders the fallback,
            the browser the island. */}
      <Suspense fallback={<SearchFallback {...props} />}>
        <SearchIsland {...props} indexUrl={searchIndexPath(locale)} />
      </Suspense>
    </div>
  );
}
