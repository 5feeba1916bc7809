import { dictionary } from '@/lib/i18n/dictionary';
import type { PostSummary } from '@/lib/posts/posts';

/** Marks a post only a preview shows: a draft, or one dated after the build's day. */
export function PublicationBadge({
  post,
}: {
  post: Pick<PostSummary, 'draft' | 'scheduled' | 'lang'>;
}) {
  const t = dictionary(post.lang).blog;
  const label = post.draft ? t.draft : post.scheduled ? t.scheduled : undefined;
  if (!label) return null;
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-amber-900 uppercase">
      {label}
    </span>
  );
}
