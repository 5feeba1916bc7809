import type { PostSummary } from '@/lib/posts';
import { PostCard } from './post-card';

export function RelatedRail({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mx-auto mt-16 max-w-6xl px-4">
      <h2 id="related-heading" className="text-2xl font-bold text-ink">
        Other Blog
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {posts.map((post) => (
          <li key={post.slug} className="flex">
            <PostCard post={post} headingLevel="h3" />
          </li>
        ))}
      </ul>
    </section>
  );
}
