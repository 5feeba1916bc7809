import type { Metadata } from 'next';
import { ContactDetails } from '@/components/contact/contact-details';
import { ContactByEmail } from '@/components/contact/contact-by-email';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/pages';

const page = getPage('contact');

export const metadata: Metadata = { title: page.title, description: page.description };

// The static export's contact page (npm run build:static): no server to take a form, so phone and email.
export default function ContactPage() {
  return (
    <ContentPage page={page} aside={<ContactDetails />}>
      <ContactByEmail />
    </ContentPage>
  );
}
