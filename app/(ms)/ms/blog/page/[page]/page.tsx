import type { Metadata } from 'next';
import { BlogPageView, blogPageMetadata, blogPageParams } from '@/components/views/blog-views';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return blogPageParams('ms');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return blogPageMetadata('ms', (await params).page);
}

export default async function BlogPage({ params }: Props) {
  return <BlogPageView locale={'ms'} param={(await params).page} />;
}
