import { TagList, type TagListStrings } from '@/components/blog/tag-list';
import type { Locale } from '@/lib/i18n/locales';
import type { ListedPost } from './search-strings';
import type { TagLabels } from '@/lib/posts/tags';
import { SiteLink } from '@/components/site-link';

/** Posts as a plain list: title, date, excerpt and tags. Shared by the no-JS list and the island. */
export function SearchResults({
  documents,
  tagLabels,
  locale,
  strings,
}: {
  documents: readonly ListedPost[];
  tagLabels: TagLabels;
  locale: Locale;
  strings: TagListStrings;
}) {
  return (
    <ol className="mt-6 divide-y divide-slate-200 dark:divide-slate-800">
      {documents.map((doc) => (
        <li key={doc.url} className="py-5">
          <article>
            <h2 className="text-lg font-semibold text-ink dark:text-slate-50">
              <SiteLink href={doc.url} className="hover:text-brand-700 dark:hover:text-brand-300">
                {doc.title}
              </SiteLink>
            </h2>
            <p className="mt-1 text-xs font-medium text-slate-600 dark:text-slate-400">
              <time dateTime={doc.date}>{doc.shownDate}</time>
            </p>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{doc.excerpt}</p>
            <TagList
              tags={doc.tags}
              labels={tagLabels}
              locale={locale}
              strings={strings}
              className="mt-3"
            />
          </article>
        </li>
      ))}
    </ol>
  );
}
