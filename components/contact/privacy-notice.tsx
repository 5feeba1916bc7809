import { SiteLink } from '@/components/site-link';
import { privacyFacts } from '@/lib/privacy/privacy';
import type { Locale } from '@/lib/i18n/locales';
import { pagePath } from '@/lib/site/routes';

type PrivacyNoticeProps = {
  /** 'form': what the form sends; 'direct': what a visitor tells us by phone or email. */
  channel: 'form' | 'direct';
  /** The page's language: the link goes to its privacy page; the notice keeps both languages. */
  locale: Locale;
};

/**
 * The PDPA notice where the data is asked for, in English and Malay: what happens to it and
 * where the full notice is. Short on purpose; the privacy page says the rest.
 */
export function PrivacyNotice({ channel, locale }: PrivacyNoticeProps) {
  const days = privacyFacts().retentionDays;
  const link = pagePath('privacy', locale);
  const linkClass = 'font-medium text-brand-700 underline dark:text-brand-300';
  // Both languages, as the PDPA asks; the page's own first.
  const english = (
    <p key="en" lang="en">
      {channel === 'form'
        ? 'We use your name, email, phone, company and message only to answer this enquiry: it is stored in our database and emailed to our team. Name, email and message are needed for us to reply; the rest is optional.'
        : 'What you tell us by phone or email is used only to answer you and shared with no one else.'}{' '}
      {channel === 'form'
        ? `We keep it for ${days} days, then delete it. `
        : 'We keep it only as long as we need to answer you and follow up. '}
      {'To see, correct or delete it, read our '}
      <SiteLink href={link} className={linkClass}>
        privacy notice
      </SiteLink>
      .
    </p>
  );
  const malay = (
    <p key="ms" lang="ms">
      {channel === 'form'
        ? 'Kami menggunakan nama, e-mel, telefon, syarikat dan mesej anda hanya untuk menjawab pertanyaan ini: ia disimpan dalam pangkalan data kami dan dihantar melalui e-mel kepada pasukan kami. Nama, e-mel dan mesej diperlukan untuk kami membalas; selebihnya pilihan.'
        : 'Maklumat yang anda berikan melalui telefon atau e-mel digunakan hanya untuk menjawab anda dan tidak dikongsi dengan pihak lain.'}{' '}
      {channel === 'form'
        ? `Kami menyimpannya selama ${days} hari, kemudian memadamnya. `
        : 'Kami menyimpannya hanya selama yang diperlukan untuk menjawab dan membuat susulan. '}
      {'Untuk melihat, membetulkan atau memadamnya, baca '}
      <SiteLink href={link} className={linkClass}>
        notis privasi
      </SiteLink>{' '}
      kami.
    </p>
  );
  return (
    <div
      id="privacy-notice"
      className="space-y-2 rounded-lg bg-slate-50 p-4 text-sm wrap-anywhere text-slate-700 dark:bg-slate-800 dark:text-slate-300"
    >
      {locale === 'ms' ? [malay, english] : [english, malay]}
    </div>
  );
}
