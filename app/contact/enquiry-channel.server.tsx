import { ContactForm } from '@/components/contact/contact-form';
import { site, telHref } from '@/lib/site';
import { sendEnquiry } from './actions';

/** The server build's way to write to us: the form, bound to a Server Action (works without JS). */
export function EnquiryChannel() {
  return <ContactForm action={sendEnquiry} phone={{ label: site.phone, href: telHref() }} />;
}
