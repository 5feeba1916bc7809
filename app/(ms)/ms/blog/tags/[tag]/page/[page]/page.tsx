import type { Metadata } from 'next';
import { TagPageView, tagPageMetadata, tagPageParams } from '@/components/views/tag-views';

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return tagPageParams('ms');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return tagPageMetadata('ms', tag, page);
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  return <TagPageView locale={'ms'} tag={tag} param={page} />;
}
