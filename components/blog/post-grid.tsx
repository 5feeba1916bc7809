import type { PostSummary } from '@/lib/posts/posts';
import { PostCard } from './post-card';

type PostGridProps = {
  posts: readonly PostSummary[];
  headingLevel?: 'h2' | 'h3';
  className?: string;
  /** Cards at the top of the page whose picture is the likely largest paint; 0 below the fold. */
  priorityCount?: number;
};

/** The three-column card grid every post listing uses. */
export function PostGrid({
  posts,
  headingLevel,
  className = 'mt-10',
  priorityCount = 0,
}: PostGridProps) {
  return (
    <ul className={`grid gap-6 sm:grid-cols-2 lg:grid-cols-3 ${className}`}>
      {posts.map((post, i) => (
        <li key={post.slug} className="flex min-w-0">
          <PostCard post={post} headingLevel={headingLevel} priority={i < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
