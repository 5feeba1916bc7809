import { dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { PostSummary } from '@/lib/posts/posts';
import { PostGrid } from './post-grid';

export function RelatedRail({ posts, locale }: { posts: PostSummary[]; locale: Locale }) {
  if (posts.length === 0) return null;
  return (
    <section
      aria-labelledby="related-heading"
      className="mx-auto mt-16 max-w-6xl px-4 print:hidden"
    >
      <h2 id="related-heading" className="text-2xl font-bold text-ink dark:text-slate-50">
        {dictionary(locale).blog.related}
      </h2>
      <PostGrid posts={posts} headingLevel="h3" className="mt-6" />
    </section>
  );
}
