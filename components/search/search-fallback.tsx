import type { SearchDocument } from '@/lib/posts/search';
import type { TagLabels } from '@/lib/posts/tags';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';

/**
 * What /search is before (or without) JavaScript. The page is prerendered once for everyone, so it
 * cannot read ?q= and filter on a server; instead it lists every post, which is small enough to
 * scan or to search with the browser's Find. With JavaScript the island replaces this list with
 * live results for the same ?q=, so the GET form gives the same address either way.
 */
export function SearchFallback({
  posts,
  tagLabels,
}: {
  posts: readonly SearchDocument[];
  tagLabels: TagLabels;
}) {
  return (
    <>
      <SearchBox label="Search posts" className="mt-8" />
      <p role="status" className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        All {posts.length} posts, newest first.
      </p>
      <noscript>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Live search needs JavaScript. Every post is listed below: use your browser’s Find (Ctrl+F
          or ⌘F) to look through them.
        </p>
      </noscript>
      <SearchResults documents={posts} tagLabels={tagLabels} />
    </>
  );
}
