import type { Metadata } from 'next';
import { BlogTools } from '@/components/blog/blog-tools';
import { PostListing } from '@/components/blog/post-listing';
import { firstPage } from '@/lib/pagination';
import { getPostSummaries } from '@/lib/posts';
import { BLOG_PATH } from '@/lib/routes';
import { blogCopy, listingMetadata } from '@/lib/seo';
import { getSite } from '@/lib/site';

export function generateMetadata(): Metadata {
  return listingMetadata(getSite(), blogCopy);
}

export default function BlogIndexPage() {
  const page = firstPage(getPostSummaries(), BLOG_PATH);
  return (
    <PostListing
      title={blogCopy.title}
      lead={blogCopy.description}
      page={page}
      tools={<BlogTools />}
    />
  );
}
