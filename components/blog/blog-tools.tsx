import { SearchBox } from '@/components/search/search-box';
import { TAGS_PATH } from '@/lib/site/routes';
import { SiteLink } from '@/components/site-link';

/** Ways into the blog besides scrolling: search (a plain form, no script) and the tag list. */
export function BlogTools() {
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <SearchBox label="Search the blog" hideLabel />
      <SiteLink
        href={TAGS_PATH}
        className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        Browse by tag <span aria-hidden="true">→</span>
      </SiteLink>
    </div>
  );
}
