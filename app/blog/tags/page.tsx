import type { Metadata } from 'next';
import { TagChip } from '@/components/blog/tag-list';
import { getAllTags } from '@/lib/posts/posts';
import { getSite } from '@/lib/site/site';

export const metadata: Metadata = {
  title: 'Tags',
  description: `Every topic the ${getSite().name} blog writes about, with the number of posts on each.`,
};

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight text-ink dark:text-slate-50">Tags</h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        Every topic we write about. Pick one to see its posts.
      </p>
      <ul aria-label="All tags" className="mt-10 flex flex-wrap gap-3">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <TagChip tag={tag} labels={getSite().tagLabels} count={count} />
          </li>
        ))}
      </ul>
    </div>
  );
}
