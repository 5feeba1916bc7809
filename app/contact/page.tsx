import type { Metadata } from 'next';
import { ContactDetails } from '@/components/contact/contact-details';
import { ContentPage } from '@/components/page/content-page';
import { getPage } from '@/lib/posts/pages';
// enquiry-channel.server.tsx, or .static.tsx in a static export (the alias is in next.config.ts).
import { EnquiryChannel } from '#contact/enquiry-channel';

// Read on each render, not once per module: `next dev` then shows every save (lib/posts/pages.ts).
export function generateMetadata(): Metadata {
  const { title, description } = getPage('contact');
  return { title, description };
}

export default function ContactPage() {
  const page = getPage('contact');
  return (
    <ContentPage page={page} aside={<ContactDetails />}>
      <EnquiryChannel />
    </ContentPage>
  );
}
