import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { PageOf } from '@/lib/posts/pagination';
import type { PostSummary } from '@/lib/posts/posts';
import { tagsPath } from '@/lib/site/routes';
import { PostListing } from './post-listing';
import { SiteLink } from '@/components/site-link';

type TagListingProps = {
  label: string;
  total: number;
  page: PageOf<PostSummary>;
  locale: Locale;
};

/** One tag's posts, on any of its pages. */
export function TagListing({ label, total, page, locale }: TagListingProps) {
  const t = dictionary(locale).blog;
  return (
    <PostListing
      title={fill(t.tagTitle, { label })}
      lead={fill(total === 1 ? t.taggedOne : t.taggedMany, { count: total, label })}
      page={page}
      locale={locale}
      tools={
        <SiteLink
          href={tagsPath(locale)}
          className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
        >
          <span aria-hidden="true">←</span> {t.allTags}
        </SiteLink>
      }
    />
  );
}
