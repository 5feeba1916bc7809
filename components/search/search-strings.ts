import type { TagListStrings } from '@/components/blog/tag-list';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchDocument } from '@/lib/posts/search';
import type { TagLabels } from '@/lib/posts/tags';
import type { SearchBoxStrings } from './search-box';

/** What /search says, in its language: given to the island as props (it bundles no dictionary). */
export type SearchStrings = SearchBoxStrings &
  TagListStrings & {
    label: string;
    all: string;
    searching: string;
    none: string;
    matchOne: string;
    matchMany: string;
    noscript: string;
  };

/** A post as /search lists it: its date already written in the page's language. */
export type ListedPost = SearchDocument & { shownDate: string };

/** The posts to list and search, and where the page's form and index live, in one language. */
export type SearchPageProps = {
  posts: ListedPost[];
  tagLabels: TagLabels;
  locale: Locale;
  /** The language's /search address (the form's action). */
  action: string;
  strings: SearchStrings;
};
