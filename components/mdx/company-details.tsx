import type { ReactNode } from 'react';
import { addressLines, getSite, hasRealEmail, telHref } from '@/lib/site/site';

type Lang = 'en' | 'ms';

const LABELS = {
  en: {
    company: 'Company',
    ssm: 'SSM registration no.',
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
  },
  ms: {
    company: 'Syarikat',
    ssm: 'No. pendaftaran SSM',
    phone: 'Telefon',
    email: 'E-mel',
    address: 'Alamat',
  },
} as const;

export type CompanyDetailsProps = { lang?: Lang };

/**
 * Who collects the data and how to reach them, from the site settings, so the privacy page
 * never repeats (or contradicts) the footer. Unset settings are left out, never invented.
 */
export function CompanyDetails({ lang = 'en' }: CompanyDetailsProps) {
  const site = getSite();
  const label = LABELS[lang] ?? LABELS.en;
  const address = addressLines();
  const rows: { term: string; value: ReactNode }[] = [
    { term: label.company, value: site.legalName ?? site.name },
    ...(site.registrationNumber ? [{ term: label.ssm, value: site.registrationNumber }] : []),
    { term: label.phone, value: <a href={telHref()}>{site.phone}</a> },
    ...(hasRealEmail()
      ? [{ term: label.email, value: <a href={`mailto:${site.email}`}>{site.email}</a> }]
      : []),
    ...(address.length > 0 ? [{ term: label.address, value: address.join(', ') }] : []),
  ];
  return (
    // Marked with its language: a bilingual page (privacy) is read out in each part's own.
    <dl
      lang={lang}
      className="not-prose my-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-slate-800 dark:text-slate-200 [&_a]:text-brand-700 [&_a]:underline dark:[&_a]:text-brand-300"
    >
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="font-semibold text-ink dark:text-slate-50">{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
