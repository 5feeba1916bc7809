import type { Metadata } from 'next';
import { ContactDetails } from '@/components/contact/contact-details';
import { ContactForm } from '@/components/contact/contact-form';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/pages';
import { sendEnquiry } from './actions';

const page = getPage('contact');

export const metadata: Metadata = { title: page.title, description: page.description };

// The server build's contact page: the form, bound to a Server Action (works without JavaScript).
export default function ContactPage() {
  return (
    <ContentPage page={page} aside={<ContactDetails />}>
      <ContactForm action={sendEnquiry} />
    </ContentPage>
  );
}
