import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { PageOf } from '@/lib/posts/pagination';
import { SiteLink } from '@/components/site-link';

type PaginationNavProps = {
  page: Pick<PageOf<unknown>, 'page' | 'totalPages' | 'prevHref' | 'nextHref'>;
  locale: Locale;
};

const linkClass =
  'inline-flex h-11 items-center gap-1 rounded-lg border border-slate-300 px-4 text-sm font-semibold text-ink hover:border-brand-600 hover:text-brand-700 dark:border-slate-700 dark:text-slate-100 dark:hover:border-brand-300 dark:hover:text-brand-300';

/** Previous / next links under a listing; nothing at all when everything fits on one page. */
export function PaginationNav({ page, locale }: PaginationNavProps) {
  if (page.totalPages <= 1) return null;
  const t = dictionary(locale).blog;
  return (
    <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4">
      {page.prevHref ? (
        <SiteLink href={page.prevHref} rel="prev" className={linkClass}>
          <span aria-hidden="true">←</span> {t.newer}
        </SiteLink>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {fill(t.pageOf, { page: page.page, total: page.totalPages })}
      </p>
      {page.nextHref ? (
        <SiteLink href={page.nextHref} rel="next" className={linkClass}>
          {t.older} <span aria-hidden="true">→</span>
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
