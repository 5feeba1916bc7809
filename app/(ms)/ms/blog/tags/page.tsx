import type { Metadata } from 'next';
import { TagsView, tagsMetadata } from '@/components/views/blog-views';

export function generateMetadata(): Metadata {
  return tagsMetadata('ms');
}

export default function TagsPage() {
  return <TagsView locale={'ms'} />;
}
