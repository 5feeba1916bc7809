import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { PostSummary } from '@/lib/posts/posts';
import { PostCover } from './post-cover';
import { PostDate } from './post-date';
import { PublicationBadge } from './publication-badge';
import { SiteLink } from '@/components/site-link';

type PostCardProps = {
  post: PostSummary;
  headingLevel?: 'h2' | 'h3';
  showImage?: boolean;
  priority?: boolean;
};

/** Its classes (card, card-title, …) are in app/globals.css: it repeats on every listing. */
export function PostCard({
  post,
  headingLevel: Heading = 'h2',
  showImage = true,
  priority = false,
}: PostCardProps) {
  const t = dictionary(post.lang).blog;
  return (
    <article className="card">
      {showImage && (
        <PostCover
          post={post}
          priority={priority}
          loading="lazy"
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-[40/21] w-full object-cover"
        />
      )}
      <div>
        <p className="card-meta">
          <PostDate date={post.date} locale={post.lang} />
          <PublicationBadge post={post} />
        </p>
        <Heading className="card-title">
          <SiteLink href={post.url}>{post.title}</SiteLink>
        </Heading>
        <p className="card-excerpt">{post.excerpt}</p>
        <SiteLink href={post.url} className="card-more">
          {t.readMore}
          <span className="sr-only">{fill(t.readMoreAbout, { title: post.title })}</span>
          <span aria-hidden="true">→</span>
        </SiteLink>
      </div>
    </article>
  );
}
