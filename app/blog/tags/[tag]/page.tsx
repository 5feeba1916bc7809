import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/blog/tag-listing';
import { firstPage } from '@/lib/posts/pagination';
import { getAllTags, getPostsByTag } from '@/lib/posts/posts';
import { listingMetadata, tagCopy } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';
import { tagPath } from '@/lib/site/routes';
import { tagLabel } from '@/lib/posts/tags';

type Props = { params: Promise<{ tag: string }> };

// dynamicParams is left at its default: an unlisted tag renders on request and reaches
// notFound(), so one an editor adds while `npm run dev` runs opens on its first visit, and
// `next start` still answers 404 for unknown ones. The static export has only these.
export function generateStaticParams() {
  return getAllTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  // Unknown tags render on request (see above): the 404 must not take this route's canonical.
  if (getPostsByTag(tag).length === 0) notFound();
  return listingMetadata(getSite(), tagCopy(tagLabel(tag, getSite().tagLabels), getSite().name));
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const posts = getPostsByTag(tag);
  if (posts.length === 0) notFound();
  return (
    <TagListing
      label={tagLabel(tag, getSite().tagLabels)}
      total={posts.length}
      page={firstPage(posts, tagPath(tag))}
    />
  );
}
