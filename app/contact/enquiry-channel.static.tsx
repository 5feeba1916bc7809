import { ContactByEmail } from '@/components/contact/contact-by-email';

/** The static export's way (npm run build:static): no server to take a form, so phone and email. */
export function EnquiryChannel() {
  return <ContactByEmail />;
}
