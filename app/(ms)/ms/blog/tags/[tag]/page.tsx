import type { Metadata } from 'next';
import { TagView, tagMetadata, tagParams } from '@/components/views/tag-views';

type Props = { params: Promise<{ tag: string }> };

// dynamicParams is left at its default: an unlisted tag renders on request and reaches
// notFound(), so one an editor adds while `npm run dev` runs opens on its first visit, and
// `next start` still answers 404 for unknown ones. The static export has only these.
export function generateStaticParams() {
  return tagParams('ms');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagMetadata('ms', (await params).tag);
}

export default async function TagPage({ params }: Props) {
  return <TagView locale={'ms'} tag={(await params).tag} />;
}
