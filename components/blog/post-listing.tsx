import type { ReactNode } from 'react';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { PageOf } from '@/lib/posts/pagination';
import type { PostSummary } from '@/lib/posts/posts';
import { PaginationNav } from './pagination-nav';
import { PostGrid } from './post-grid';

type PostListingProps = {
  title: string;
  lead: ReactNode;
  page: PageOf<PostSummary>;
  locale: Locale;
  /** Links or forms shown between the lead and the cards. */
  tools?: ReactNode;
};

/** The frame of /blog and of each tag page, on any of their pages. */
export function PostListing({ title, lead, page, locale, tools }: PostListingProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight text-ink dark:text-slate-50">
        {title}
        {page.page > 1 && (
          <span className="ml-3 align-middle text-base font-medium text-slate-600 dark:text-slate-400">
            {fill(dictionary(locale).blog.page, { page: page.page })}
          </span>
        )}
      </h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{lead}</p>
      {tools && <div className="mt-6">{tools}</div>}
      <PostGrid posts={page.items} priorityCount={1} />
      <PaginationNav page={page} locale={locale} />
    </div>
  );
}
