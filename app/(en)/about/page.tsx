import type { Metadata } from 'next';
import { FixedPageView, fixedPageMetadata } from '@/components/views/fixed-page-view';

export function generateMetadata(): Metadata {
  return fixedPageMetadata('about', 'en');
}

export default function AboutPage() {
  return <FixedPageView slug="about" locale={'en'} cta />;
}
