import { placeholder, privacyFacts, type PrivacyFacts } from '@/lib/privacy/privacy';

type Lang = 'en' | 'ms';

export type EnquiryHandlingProps = { lang?: Lang };

/** With the form: the store, the mail provider and the retention the server applies. */
function formLines(facts: PrivacyFacts, lang: Lang): string[] {
  const days = facts.retentionDays;
  const mail = facts.mailHost;
  if (lang === 'ms')
    return [
      facts.store === 'postgres'
        ? 'Disimpan dalam pangkalan data PostgreSQL kami' +
          (facts.vercel ? ', yang digunakan oleh laman web ini di Vercel.' : '.')
        : 'Disimpan dalam fail pangkalan data pada pelayan yang menjalankan laman web ini.',
      mail
        ? `Dihantar melalui e-mel kepada pasukan kami melalui pembekal e-mel kami (${mail}).`
        : `Dihantar melalui e-mel kepada pasukan kami melalui pembekal e-mel kami ${placeholder('pembekal e-mel')}.`,
      `Disimpan selama ${days} hari selepas diterima, kemudian dipadam bersama rekod e-melnya; pertanyaan yang e-melnya belum dihantar disimpan sehingga dihantar.`,
      'Tidak dijual, dan tidak digunakan untuk pemasaran.',
    ];
  return [
    facts.store === 'postgres'
      ? 'Stored in our PostgreSQL database' +
        (facts.vercel ? ', used by the website running on Vercel.' : '.')
      : 'Stored in a database file on the server that runs this website.',
    mail
      ? `Emailed to our team through our mail provider (${mail}).`
      : `Emailed to our team through our mail provider ${placeholder('the mail provider')}.`,
    `Kept for ${days} days after it arrives, then deleted with its email record; an enquiry whose email has not gone out yet is kept until it has.`,
    'Never sold, and not used for marketing.',
  ];
}

/** Without the form (the static export, CONTACT_FORM=off): the website stores nothing. */
function directLines(lang: Lang): string[] {
  if (lang === 'ms')
    return [
      'Laman web ini tidak mempunyai borang: apa yang anda beritahu kami melalui telefon atau e-mel sampai terus kepada pasukan kami, dan laman web ini tidak menyimpan apa-apa daripadanya.',
      `E-mel dikendalikan oleh pembekal e-mel kami ${placeholder('pembekal e-mel')} dan disimpan ${placeholder('berapa lama e-mel disimpan')}.`,
      'Tidak dijual, dan tidak digunakan untuk pemasaran.',
    ];
  return [
    'This website has no form: what you tell us by phone or email reaches our team directly, and the website stores none of it.',
    `Emails are handled by our email provider ${placeholder('the email provider')} and kept ${placeholder('how long emails are kept')}.`,
    'Never sold, and not used for marketing.',
  ];
}

/**
 * Where an enquiry goes and how long it stays, from the site's real setup (the build's
 * environment), so the page changes when the setup does and marketing never retypes it.
 */
export function EnquiryHandling({ lang = 'en' }: EnquiryHandlingProps) {
  const facts = privacyFacts();
  const language = lang === 'ms' ? 'ms' : 'en';
  const lines = facts.form ? formLines(facts, language) : directLines(language);
  return (
    <ul lang={language}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
