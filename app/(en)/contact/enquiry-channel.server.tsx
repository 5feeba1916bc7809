import { ContactForm } from '@/components/contact/contact-form';
import { PrivacyNotice } from '@/components/contact/privacy-notice';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { pagePath } from '@/lib/site/routes';
import { getSite, telHref } from '@/lib/site/site';
import { sendEnquiry } from './actions';

/** The server build's way to write to us: the form, bound to a Server Action (works without JS). */
export function EnquiryChannel({ locale }: { locale: Locale }) {
  return (
    <ContactForm
      action={sendEnquiry}
      page={pagePath('contact', locale)}
      phone={{ label: getSite().phone, href: telHref() }}
      notice={<PrivacyNotice channel="form" locale={locale} />}
      strings={dictionary(locale).contact}
    />
  );
}
