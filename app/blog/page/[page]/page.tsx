import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogTools } from '@/components/blog/blog-tools';
import { PostListing } from '@/components/blog/post-listing';
import { pageParams, paginate, parsePageParam } from '@/lib/posts/pagination';
import { getPostSummaries } from '@/lib/posts/posts';
import { BLOG_PATH } from '@/lib/site/routes';
import { blogCopy, listingMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

// Includes page 1 (a copy of /blog, canonical to it): see pageParams.
export function generateStaticParams() {
  return pageParams(getPostSummaries().length);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(getSite(), blogCopy, parsePageParam((await params).page), BLOG_PATH);
}

export default async function BlogPage({ params }: Props) {
  const page = paginate(getPostSummaries(), parsePageParam((await params).page), BLOG_PATH);
  if (!page) notFound();
  return (
    <PostListing
      title={blogCopy.title}
      lead={blogCopy.description}
      page={page}
      tools={<BlogTools />}
    />
  );
}
