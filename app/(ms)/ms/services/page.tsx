import type { Metadata } from 'next';
import { FixedPageView, fixedPageMetadata } from '@/components/views/fixed-page-view';

export function generateMetadata(): Metadata {
  return fixedPageMetadata('services', 'ms');
}

export default function ServicesPage() {
  return <FixedPageView slug="services" locale={'ms'} cta />;
}
