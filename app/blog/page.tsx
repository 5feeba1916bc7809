import type { Metadata } from 'next';
import { PostCard } from '@/components/blog/post-card';
import { getPostSummaries } from '@/lib/posts';

export const metadata: Metadata = {
  title: 'Blog',
  description:
    'Technology news and advice for businesses: security, software, browsers and the web.',
};

export default function BlogIndexPage() {
  const posts = getPostSummaries();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight text-ink">Blog</h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700">{metadata.description}</p>
      <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {posts.map((post) => (
          <li key={post.slug} className="flex">
            <PostCard post={post} />
          </li>
        ))}
      </ul>
    </div>
  );
}
