import type { Metadata } from 'next';
import { FixedPageView, fixedPageMetadata } from '@/components/views/fixed-page-view';

export function generateMetadata(): Metadata {
  return fixedPageMetadata('about', 'ms');
}

export default function AboutPage() {
  return <FixedPageView slug="about" locale={'ms'} cta />;
}
