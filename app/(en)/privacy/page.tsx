import type { Metadata } from 'next';
import { FixedPageView, fixedPageMetadata } from '@/components/views/fixed-page-view';

export function generateMetadata(): Metadata {
  return fixedPageMetadata('privacy', 'en');
}

export default function PrivacyPage() {
  return <FixedPageView slug="privacy" locale={'en'} />;
}
