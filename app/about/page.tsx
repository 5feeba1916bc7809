import type { Metadata } from 'next';
import { ContactCta } from '@/components/contact/contact-cta';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/posts/pages';

// Read on each render, not once per module: `next dev` then shows every save (lib/posts/pages.ts).
export function generateMetadata(): Metadata {
  const { title, description } = getPage('about');
  return { title, description };
}

export default function AboutPage() {
  const page = getPage('about');
  return (
    <>
      <ContentPage page={page} />
      <ContactCta />
    </>
  );
}
