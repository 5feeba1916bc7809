import type { Metadata } from 'next';
import { LanguageFrame } from '@/components/views/language-frame';
import { NotFoundBody } from '@/components/views/not-found-view';
import { dictionary } from '@/lib/i18n/dictionary';

// A missing page has no address of its own to name: the inherited canonical and og:url would
// point at Next's internal "/_not-found".
export const metadata: Metadata = {
  title: dictionary('ms').notFound.title,
  alternates: { canonical: null },
  openGraph: null,
};

/** What notFound() shows below this layout (an unknown post, tag or page number). */
export default function NotFound() {
  return (
    <LanguageFrame locale={'ms'}>
      <NotFoundBody locale={'ms'} />
    </LanguageFrame>
  );
}
