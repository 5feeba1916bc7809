import type { Metadata } from 'next';
import { FixedPageView, fixedPageMetadata } from '@/components/views/fixed-page-view';

export function generateMetadata(): Metadata {
  return fixedPageMetadata('privacy', 'ms');
}

export default function PrivacyPage() {
  return <FixedPageView slug="privacy" locale={'ms'} />;
}
