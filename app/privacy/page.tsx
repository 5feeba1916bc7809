import type { Metadata } from 'next';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/posts/pages';

// Read on each render, not once per module: `next dev` then shows every save (lib/posts/pages.ts).
export function generateMetadata(): Metadata {
  const { title, description } = getPage('privacy');
  return { title, description };
}

export default function PrivacyPage() {
  return <ContentPage page={getPage('privacy')} />;
}
