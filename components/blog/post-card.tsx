import Link from 'next/link';
import type { PostSummary } from '@/lib/posts';
import { PostCover } from './post-cover';
import { PostDate } from './post-date';

type PostCardProps = {
  post: PostSummary;
  headingLevel?: 'h2' | 'h3';
  showImage?: boolean;
  priority?: boolean;
};

export function PostCard({
  post,
  headingLevel: Heading = 'h2',
  showImage = true,
  priority = false,
}: PostCardProps) {
  return (
    <article className="group flex min-w-0 flex-1 flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md dark:border-slate-800 dark:bg-slate-900">
      {showImage && (
        <PostCover
          post={post}
          priority={priority}
          loading="lazy"
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-[40/21] w-full object-cover"
        />
      )}
      <div className="flex flex-1 flex-col p-5">
        <p className="text-xs font-medium text-slate-600 dark:text-slate-400">
          <PostDate date={post.date} />
          {post.draft && <DraftBadge />}
        </p>
        <Heading className="mt-2 text-lg leading-snug font-semibold text-ink dark:text-slate-50">
          <Link href={post.url} className="hover:text-brand-700 dark:hover:text-brand-300">
            {post.title}
          </Link>
        </Heading>
        <p className="mt-2 line-clamp-3 flex-1 text-sm text-slate-600 dark:text-slate-400">
          {post.excerpt}
        </p>
        <Link
          href={post.url}
          className="mt-4 inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
        >
          Read More<span className="sr-only"> about {post.title}</span>
          <span aria-hidden="true">→</span>
        </Link>
      </div>
    </article>
  );
}

export function DraftBadge() {
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 uppercase">
      Draft
    </span>
  );
}
