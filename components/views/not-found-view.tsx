import { SiteLink } from '@/components/site-link';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { latestIn } from '@/lib/i18n/posts';
import { blogPath, homePath } from '@/lib/site/routes';

/** What a missing page says in one language, with ways back into the site. */
export function NotFoundBody({
  locale,
  headingLevel: Heading = 'h1',
}: {
  locale: Locale;
  /** h2 where it is the second language on a page (the bilingual global 404). */
  headingLevel?: 'h1' | 'h2';
}) {
  const t = dictionary(locale).notFound;
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
        {t.code}
      </p>
      <Heading className="mt-3 text-4xl font-bold tracking-tight text-ink dark:text-slate-50">
        {t.title}
      </Heading>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{t.text}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <SiteLink
          href={homePath(locale)}
          className="inline-flex h-12 items-center rounded-lg border border-transparent bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {t.home}
        </SiteLink>
        <SiteLink
          href={blogPath(locale)}
          className="inline-flex h-12 items-center rounded-lg border border-slate-300 px-6 font-semibold text-ink hover:border-brand-600 dark:border-slate-600 dark:text-slate-100 dark:hover:border-brand-300"
        >
          {t.blog}
        </SiteLink>
      </div>
      <ul className="mt-12 space-y-2 text-left">
        {latestIn(locale, 3).map((post) => (
          <li key={post.slug}>
            <SiteLink
              href={post.url}
              className="text-brand-700 hover:underline dark:text-brand-300"
            >
              {post.title}
            </SiteLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
