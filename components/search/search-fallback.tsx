import { fill } from '@/lib/i18n/fill';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';
import type { SearchPageProps } from './search-strings';

/**
 * What /search is before (or without) JavaScript. The page is prerendered once for everyone, so it
 * cannot read ?q= and filter on a server; instead it lists every post, which is small enough to
 * scan or to search with the browser's Find. With JavaScript the island replaces this list with
 * live results for the same ?q=, so the GET form gives the same address either way.
 */
export function SearchFallback({ posts, tagLabels, locale, action, strings }: SearchPageProps) {
  return (
    <>
      <SearchBox label={strings.label} action={action} strings={strings} className="mt-8" />
      <p role="status" className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        {fill(strings.all, { count: posts.length })}
      </p>
      <noscript>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{strings.noscript}</p>
      </noscript>
      <SearchResults documents={posts} tagLabels={tagLabels} locale={locale} strings={strings} />
    </>
  );
}
