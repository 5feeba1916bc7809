import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchFallback } from '@/components/search/search-fallback';
import { SearchIsland } from '@/components/search/search-island';
import { getPostSummaries } from '@/lib/posts/posts';
import { SEARCH_INDEX_PATH } from '@/lib/site/routes';
import { getSite } from '@/lib/site/site';

export const metadata: Metadata = {
  title: 'Search',
  description: `Search every post on the ${getSite().name} blog by title, summary or content.`,
};

export default function SearchPage() {
  const posts = getPostSummaries().map(({ url, title, excerpt, date, tags }) => ({
    url,
    title,
    excerpt,
    date,
    tags,
  }));
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight text-ink dark:text-slate-50">
        Search the blog
      </h1>
      {/* The island reads ?q=, which a prerendered page cannot: the build renders the fallback,
          the browser the island. */}
      <Suspense fallback={<SearchFallback posts={posts} tagLabels={getSite().tagLabels} />}>
        <SearchIsland posts={posts} indexUrl={SEARCH_INDEX_PATH} tagLabels={getSite().tagLabels} />
      </Suspense>
    </div>
  );
}
