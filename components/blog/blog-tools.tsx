import { SearchBox } from '@/components/search/search-box';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { searchPath, tagsPath } from '@/lib/site/routes';
import { SiteLink } from '@/components/site-link';

/** Ways into the blog besides scrolling: search (a plain form, no script) and the tag list. */
export function BlogTools({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <SearchBox
        label={t.blog.search}
        action={searchPath(locale)}
        strings={{ placeholder: t.search.placeholder, button: t.search.button }}
        hideLabel
      />
      <SiteLink
        href={tagsPath(locale)}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        {t.blog.browseTags} <span aria-hidden="true">→</span>
      </SiteLink>
    </div>
  );
}
