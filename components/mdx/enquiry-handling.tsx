import { placeholder, privacyFacts } from '@/lib/privacy';

type Lang = 'en' | 'ms';

export type EnquiryHandlingProps = { lang?: Lang };

/**
 * Where an enquiry goes and how long it stays, from the site's real setup (the build's
 * environment), so the page changes when the setup does and marketing never retypes it.
 */
export function EnquiryHandling({ lang = 'en' }: EnquiryHandlingProps) {
  const facts = privacyFacts();
  const days = facts.retentionDays;
  const mail = facts.mailHost;
  const en = [
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
  const ms = [
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
  return (
    <ul>
      {(lang === 'ms' ? ms : en).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
