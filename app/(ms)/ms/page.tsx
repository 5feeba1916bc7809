import type { Metadata } from 'next';
import { fixedPageMetadata } from '@/components/views/fixed-page-view';
import { HomeView } from '@/components/views/home-view';

// Read on each render, not once per module: `next dev` then shows every save (lib/pages.ts).
export function generateMetadata(): Metadata {
  return fixedPageMetadata('home', 'ms');
}

export default function HomePage() {
  return <HomeView locale={'ms'} />;
}
