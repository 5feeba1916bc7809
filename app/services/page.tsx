import type { Metadata } from 'next';
import { ContactCta } from '@/components/contact/contact-cta';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/pages';

const page = getPage('services');

export const metadata: Metadata = { title: page.title, description: page.description };

export default function ServicesPage() {
  return (
    <>
      <ContentPage page={page} />
      <ContactCta />
    </>
  );
}
