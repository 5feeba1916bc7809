import type { Metadata } from 'next';
import { ArticleView, articleMetadata, articleParams } from '@/components/views/article-view';

type Props = { params: Promise<{ slug: string }> };

// dynamicParams is left at its default: an unlisted slug renders on request and reaches
// notFound(), so one an editor adds while `npm run dev` runs opens on its first visit, and
// `next start` still answers 404 for unknown ones. The static export has only these.
export function generateStaticParams() {
  return articleParams('en');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata('en', (await params).slug);
}

export default async function ArticlePage({ params }: Props) {
  return <ArticleView locale={'en'} slug={(await params).slug} />;
}
