import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/blog/tag-listing';
import { pageParams, paginate, parsePageParam } from '@/lib/posts/pagination';
import { getAllTags, getPostsByTag } from '@/lib/posts/posts';
import { listingMetadata, tagCopy } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';
import { tagPath } from '@/lib/site/routes';
import { tagLabel } from '@/lib/posts/tags';

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

// Includes page 1 (a copy of the tag's page, canonical to it): see pageParams.
export function generateStaticParams() {
  return getAllTags().flatMap(({ tag, count }) =>
    pageParams(count).map(({ page }) => ({ tag, page })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  const copy = tagCopy(tagLabel(tag, getSite().tagLabels), getSite().name);
  return listingMetadata(getSite(), copy, parsePageParam(page), tagPath(tag));
}

export default async function TagPageN({ params }: Props) {
  const { tag, page: param } = await params;
  const posts = getPostsByTag(tag);
  const page = paginate(posts, parsePageParam(param), tagPath(tag));
  if (!page) notFound();
  return <TagListing label={tagLabel(tag, getSite().tagLabels)} total={posts.length} page={page} />;
}
