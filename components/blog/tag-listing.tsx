import type { PageOf } from '@/lib/posts/pagination';
import type { PostSummary } from '@/lib/posts/posts';
import { TAGS_PATH } from '@/lib/site/routes';
import { tagCopy } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';
import { PostListing } from './post-listing';
import { SiteLink } from '@/components/site-link';

type TagListingProps = { label: string; total: number; page: PageOf<PostSummary> };

/** One tag's posts, on any of its pages. */
export function TagListing({ label, total, page }: TagListingProps) {
  return (
    <PostListing
      title={tagCopy(label, getSite().name).title}
      lead={`${total} ${total === 1 ? 'post' : 'posts'} tagged ${label}.`}
      page={page}
      tools={
        <SiteLink
          href={TAGS_PATH}
          className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
        >
          <span aria-hidden="true">←</span> All tags
        </SiteLink>
      }
    />
  );
}
