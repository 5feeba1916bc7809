import dynamic from 'next/dynamic';
import { PrivacyNotice } from '@/components/contact/privacy-notice';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { getSite, telHref } from '@/lib/site/site';
import { sendEnquiry } from './actions';

// A chunk of its own: the page's other islands (the header's) are then the very chunk every
// page loads, so the pages this one links to cost nothing more to prefetch.
const ContactForm = dynamic(() =>
  import('@/components/contact/contact-form').then((island) => island.ContactForm),
);

/** The server build's way to write to us: the form, bound to a Server Action (works without JS). */
export function EnquiryChannel({ locale }: { locale: Locale }) {
  return (
    <ContactForm
      action={sendEnquiry}
      phone={{ label: getSite().phone, href: telHref() }}
      notice={<PrivacyNotice channel="form" locale={locale} />}
      strings={dictionary(locale).contact}
    />
  );
}
