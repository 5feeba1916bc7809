import type { Metadata } from 'next';
import { ContactDetails } from '@/components/contact/contact-details';
import { FixedPageView, fixedPageMetadata } from '@/components/views/fixed-page-view';
// enquiry-channel.server.tsx, or .static.tsx in a static export (the alias is in next.config.ts).
import { EnquiryChannel } from '#contact/enquiry-channel';

export function generateMetadata(): Metadata {
  return fixedPageMetadata('contact', 'en');
}

export default function ContactPage() {
  return (
    <FixedPageView
      slug="contact"
      framed={false}
      locale={'en'}
      aside={<ContactDetails locale={'en'} />}
    >
      <EnquiryChannel locale={'en'} />
    </FixedPageView>
  );
}
