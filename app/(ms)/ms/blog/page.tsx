import type { Metadata } from 'next';
import { BlogView, blogMetadata } from '@/components/views/blog-views';

export function generateMetadata(): Metadata {
  return blogMetadata('ms');
}

export default function BlogIndexPage() {
  return <BlogView locale={'ms'} />;
}
