import type { Metadata } from 'next';
import { ContactCta } from '@/components/contact/contact-cta';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/posts/pages';

// Read on each render, not once per module: `next dev` then shows every save (lib/posts/pages.ts).
export function generateMetadata(): Metadata {
  const { title, description } = getPage('services');
  return { title, description };
}

export default function ServicesPage() {
  const page = getPage('services');
  return (
    <>
      <ContentPage page={page} />
      <ContactCta />
    </>
  );
}
