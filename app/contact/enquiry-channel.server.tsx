import { ContactForm } from '@/components/contact/contact-form';
import { PrivacyNotice } from '@/components/contact/privacy-notice';
import { getSite, telHref } from '@/lib/site/site';
import { sendEnquiry } from './actions';

/** The server build's way to write to us: the form, bound to a Server Action (works without JS). */
export function EnquiryChannel() {
  return (
    <ContactForm
      action={sendEnquiry}
      phone={{ label: getSite().phone, href: telHref() }}
      notice={<PrivacyNotice channel="form" />}
    />
  );
}
