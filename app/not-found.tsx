import type { Metadata } from 'next';
import { getLatestPosts } from '@/lib/posts/posts';
import { BLOG_PATH } from '@/lib/site/routes';
import { SiteLink } from '@/components/site-link';

// A missing page has no address of its own to name: the inherited canonical and og:url would
// point at Next's internal "/_not-found".
export const metadata: Metadata = {
  title: 'Page not found',
  alternates: { canonical: null },
  openGraph: null,
};

export default function NotFound() {
  const latest = getLatestPosts(3);
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
        Error 404
      </p>
      <h1 className="mt-3 text-4xl font-bold tracking-tight text-ink dark:text-slate-50">
        Page not found
      </h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        The page you were looking for has moved or never existed. Try one of these instead.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <SiteLink
          href="/"
          className="inline-flex h-12 items-center rounded-lg border border-transparent bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          Go to the home page
        </SiteLink>
        <SiteLink
          href={BLOG_PATH}
          className="inline-flex h-12 items-center rounded-lg border border-slate-300 px-6 font-semibold text-ink hover:border-brand-600 dark:border-slate-600 dark:text-slate-100 dark:hover:border-brand-300"
        >
          Read the blog
        </SiteLink>
      </div>
      <ul className="mt-12 space-y-2 text-left">
        {latest.map((post) => (
          <li key={post.slug}>
            <SiteLink
              href={post.url}
              className="text-brand-700 hover:underline dark:text-brand-300"
            >
              {post.title}
            </SiteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
