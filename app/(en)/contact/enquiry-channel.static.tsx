import { ContactByEmail } from '@/components/contact/contact-by-email';
import type { Locale } from '@/lib/i18n/locales';

/** The static export's way (npm run build:static): no server to take a form, so phone and email. */
export function EnquiryChannel({ locale }: { locale: Locale }) {
  return <ContactByEmail locale={locale} />;
}
