import type { Locale } from '@/lib/i18n/locales';
import { tagPath } from '@/lib/site/routes';
import { tagLabel, type TagLabels } from '@/lib/posts/tags';
import { SiteLink } from '@/components/site-link';

/** Words a tag list says, in the page's language (given, as the search island shows lists too). */
export type TagListStrings = { tags: string; postOne: string; postMany: string };

type TagListProps = {
  tags: readonly string[];
  labels: TagLabels;
  locale: Locale;
  strings: TagListStrings;
  className?: string;
};

/** A post's tags as links to their listings. */
export function TagList({ tags, labels, locale, strings, className = '' }: TagListProps) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={strings.tags} className={`flex flex-wrap gap-2 ${className}`}>
      {tags.map((tag) => (
        <li key={tag}>
          <TagChip tag={tag} labels={labels} locale={locale} strings={strings} />
        </li>
      ))}
    </ul>
  );
}

export function TagChip({
  tag,
  labels,
  locale,
  strings,
  count,
}: {
  tag: string;
  labels: TagLabels;
  locale: Locale;
  strings: TagListStrings;
  count?: number;
}) {
  return (
    <SiteLink
      href={tagPath(tag, locale)}
      className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-brand-300 dark:hover:text-brand-300"
    >
      <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
        #
      </span>
      {tagLabel(tag, labels)}
      {count !== undefined && (
        <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          {count}
          <span className="sr-only"> {count === 1 ? strings.postOne : strings.postMany}</span>
        </span>
      )}
    </SiteLink>
  );
}
