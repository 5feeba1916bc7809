import { StaticImage } from '@/components/media/static-image';
import type { PostSummary } from '@/lib/posts/posts';

type PostCoverProps = {
  post: Pick<PostSummary, 'cover' | 'coverAlt'>;
  sizes: string;
  className: string;
  priority?: boolean;
  loading?: 'lazy' | 'eager';
};

/** A post's cover picture, on its card and atop the article: drawn at the share card's size. */
export function PostCover({ post, ...props }: PostCoverProps) {
  return <StaticImage src={post.cover} alt={post.coverAlt} width={1200} height={630} {...props} />;
}
