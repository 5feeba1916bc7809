import type { Metadata } from 'next';
import { BlogView, blogMetadata } from '@/components/views/blog-views';

export function generateMetadata(): Metadata {
  return blogMetadata('en');
}

export default function BlogIndexPage() {
  return <BlogView locale={'en'} />;
}
