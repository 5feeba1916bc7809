import type { Post } from 'contentlayer/generated';
import { postPath } from '@/lib/site/routes';

/** A post for a test's mocked content: `base` filed under another slug, with `fields` changed. */
export function postLike(base: Post, slug: string, fields: Partial<Post>): Post {
  return {
    ...base,
    _id: `posts/${slug}.mdx`,
    _raw: { ...base._raw, sourceFileName: `${slug}.mdx`, flattenedPath: `posts/${slug}` },
    slug,
    url: postPath(slug),
    ...fields,
  };
}
