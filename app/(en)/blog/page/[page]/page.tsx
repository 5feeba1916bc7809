import type { Metadata } from 'next';
import { BlogPageView, blogPageMetadata, blogPageParams } from '@/components/views/blog-views';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return blogPageParams('en');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return blogPageMetadata('en', (await params).page);
}

export default async function BlogPage({ params }: Props) {
  return <BlogPageView locale={'en'} param={(await params).page} />;
}
