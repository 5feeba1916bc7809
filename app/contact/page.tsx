import type { Metadata } from 'next';
import { ContactDetails } from '@/components/contact/contact-details';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/pages';
// enquiry-channel.server.tsx, or .static.tsx in a static export (the alias is in next.config.mjs).
import { EnquiryChannel } from '#contact/enquiry-channel';

const page = getPage('contact');

export const metadata: Metadata = { title: page.title, description: page.description };

export default function ContactPage() {
  return (
    <ContentPage page={page} aside={<ContactDetails />}>
      <EnquiryChannel />
    </ContentPage>
  );
}
