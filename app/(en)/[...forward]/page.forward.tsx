import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { dictionary } from '@/lib/i18n/dictionary';
import { HTML_LANG, splitLocalePath } from '@/lib/i18n/locales';
import { movedAddresses, redirectTarget } from '@/lib/site/redirects';
import { sitePath } from '@/lib/site/site-path';

// Only in the static export, and only when content/redirects.json has entries (next.config.ts):
// a page at each moved address that sends the browser on, for hosts that ignore _redirects.
// The server build answers those addresses with a permanent redirect instead.
type Props = { params: Promise<{ forward: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return movedAddresses();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const to = redirectTarget((await params).forward);
  if (!to) notFound();
  return {
    title: dictionary(splitLocalePath(to).locale).moved.title,
    robots: { index: false, follow: true },
    alternates: { canonical: sitePath(to) },
  };
}

export default async function ForwardPage({ params }: Props) {
  const to = redirectTarget((await params).forward);
  if (!to) notFound();
  const href = sitePath(to);
  // In the language of the page it leads to (a Malay address moves to a Malay page).
  const locale = splitLocalePath(to).locale;
  const t = dictionary(locale).moved;
  return (
    <div lang={HTML_LANG[locale]} className="mx-auto max-w-3xl px-4 py-16">
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="text-3xl font-bold text-ink dark:text-slate-50">{t.title}</h1>
      <p className="mt-4 text-lg">
        {t.at} <a href={href}>{href}</a>.
      </p>
    </div>
  );
}
