import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/blog/tag-listing';
import { firstPage } from '@/lib/pagination';
import { getAllTags, getPostsByTag } from '@/lib/posts';
import { listingMetadata, tagCopy } from '@/lib/seo';
import { site } from '@/lib/site';
import { tagPath } from '@/lib/routes';
import { tagLabel } from '@/lib/tags';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(site, tagCopy(tagLabel((await params).tag, site.tagLabels), site.name));
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const posts = getPostsByTag(tag);
  if (posts.length === 0) notFound();
  return (
    <TagListing
      label={tagLabel(tag, site.tagLabels)}
      total={posts.length}
      page={firstPage(posts, tagPath(tag))}
    />
  );
}
