import type { Crumb } from '@/lib/seo/json-ld';
import type { PostSummary } from '@/lib/posts/posts';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { siteTexts } from '@/lib/i18n/site-texts';
import { PublicationBadge } from './publication-badge';
import { PostCover } from './post-cover';
import { PostDate } from './post-date';
import { TagList } from './tag-list';
import { SiteLink } from '@/components/site-link';

type ArticleHeaderProps = {
  post: PostSummary;
  /** The same trail the BreadcrumbList JSON-LD describes; the last one is this post. */
  crumbs: readonly Crumb[];
};

export function ArticleHeader({ post, crumbs }: ArticleHeaderProps) {
  const t = dictionary(post.lang).blog;
  return (
    <header>
      <nav aria-label={t.breadcrumb} className="text-sm text-slate-600 dark:text-slate-400">
        {crumbs.slice(0, -1).map((crumb, i) => (
          <span key={crumb.path}>
            {i > 0 && <span aria-hidden="true"> / </span>}
            <SiteLink href={crumb.path} className="hover:underline">
              {crumb.name}
            </SiteLink>
          </span>
        ))}
      </nav>
      <h1 className="mt-3 text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl dark:text-slate-50">
        {post.title}
        <PublicationBadge post={post} />
      </h1>
      <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <span>
          {t.by}{' '}
          <span className="font-medium text-slate-800 dark:text-slate-200">{post.author}</span>
        </span>
        <span aria-hidden="true">·</span>
        <PostDate date={post.date} locale={post.lang} />
        <span aria-hidden="true">·</span>
        <span>{fill(t.minRead, { minutes: post.readingTime })}</span>
      </p>
      <TagList
        tags={post.tags}
        labels={siteTexts(post.lang).tagLabels}
        locale={post.lang}
        strings={t}
        className="mt-4"
      />
      <PostCover
        post={post}
        priority
        sizes="(min-width: 768px) 768px, 100vw"
        className="mt-8 aspect-[40/21] w-full rounded-xl object-cover"
      />
    </header>
  );
}
