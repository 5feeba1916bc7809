import Image from 'next/image';
import Link from 'next/link';
import type { PostSummary } from '@/lib/posts';
import { DraftBadge } from './post-card';
import { PostDate } from './post-date';

export function ArticleHeader({ post }: { post: PostSummary }) {
  return (
    <header>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/" className="hover:underline">
          Home
        </Link>
        <span aria-hidden="true"> / </span>
        <Link href="/blog" className="hover:underline">
          Blog
        </Link>
      </nav>
      <h1 className="mt-3 text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl">
        {post.title}
        {post.draft && <DraftBadge />}
      </h1>
      <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
        <span>
          By <span className="font-medium text-slate-800">{post.author}</span>
        </span>
        <span aria-hidden="true">·</span>
        <PostDate date={post.date} />
        <span aria-hidden="true">·</span>
        <span>{post.readingTime} min read</span>
      </p>
      <Image
        src={post.cover}
        alt={post.coverAlt}
        width={1200}
        height={630}
        priority
        sizes="(min-width: 768px) 768px, 100vw"
        className="mt-8 aspect-[40/21] w-full rounded-xl object-cover"
      />
    </header>
  );
}
