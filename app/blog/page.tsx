import type { Metadata } from 'next';
import { BlogTools } from '@/components/blog/blog-tools';
import { PostListing } from '@/components/blog/post-listing';
import { firstPage } from '@/lib/posts/pagination';
import { getPostSummaries } from '@/lib/posts/posts';
import { BLOG_PATH } from '@/lib/site/routes';
import { blogCopy, listingMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';

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
