import type { Metadata } from 'next';
import { ContactCta } from '@/components/contact/contact-cta';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/pages';

const page = getPage('about');

export const metadata: Metadata = { title: page.title, description: page.description };

export default function AboutPage() {
  return (
    <>
      <ContentPage page={page} />
      <ContactCta />
    </>
  );
}
