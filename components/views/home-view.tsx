import { SiteLink } from '@/components/site-link';
import { PostGrid } from '@/components/blog/post-grid';
import { ContactCta } from '@/components/contact/contact-cta';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PhoneIcon } from '@/components/icons';
import { HeroArt } from '@/components/page/hero-art';
import { PageProblems } from '@/components/problems/page-problems';
import { BusinessJsonLd } from '@/components/seo/business-json-ld';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { latestIn } from '@/lib/i18n/posts';
import { siteHours } from '@/lib/i18n/site-hours';
import { siteTexts } from '@/lib/i18n/site-texts';
import { getPage } from '@/lib/posts/pages';
import { blogPath, homePath } from '@/lib/site/routes';
import { BUSINESS_PAGE_SLUGS } from '@/lib/seo/metadata';
import { getSite, telHref } from '@/lib/site/site';
import { FixedFrame } from './fixed-page-view';

/** The home page in one language: hero, the page's copy, the latest posts, the CTA band. */
export function HomeView({ locale }: { locale: Locale }) {
  const page = getPage('home', locale);
  const t = dictionary(locale);
  const cta = siteTexts(locale).cta;
  const hours = siteHours(locale);
  return (
    <FixedFrame path={homePath(locale)} locale={locale}>
      <PageProblems path={homePath(locale)} />
      {BUSINESS_PAGE_SLUGS.includes(page.slug) && <BusinessJsonLd locale={locale} />}
      <section className="bg-gradient-to-b from-brand-50 to-white dark:from-slate-900 dark:to-slate-950">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:py-24 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div>
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
              {page.title}
            </p>
            <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-ink sm:text-5xl dark:text-slate-50">
              {page.heading}
            </h1>
            {page.lead && (
              <p className="mt-5 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
                {page.lead}
              </p>
            )}
            <div className="mt-8 flex flex-wrap gap-3">
              <SiteLink
                href={cta.href}
                className="inline-flex h-12 items-center rounded-lg border border-transparent bg-brand-700 px-6 font-semibold text-white shadow hover:bg-brand-800"
              >
                {cta.button}
              </SiteLink>
              <a
                href={telHref()}
                className="inline-flex h-12 items-center gap-2 rounded-lg border border-slate-300 bg-white px-6 font-semibold text-ink hover:border-brand-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-brand-300"
              >
                <PhoneIcon /> {getSite().phone}
              </a>
            </div>
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
              {fill(t.hours.open, { hours: hours.label, zone: hours.zone })}
            </p>
          </div>
          <HeroArt className="hidden w-full lg:block" />
        </div>
      </section>
      <section className="mx-auto max-w-6xl px-4 pt-12">
        {/* A readable line length: full-width prose on a wide screen is hard to read. */}
        <div className="max-w-3xl">
          <MdxContent source={page.body} locale={locale} className="prose-lg" />
        </div>
      </section>
      <section aria-labelledby="latest-heading" className="mx-auto mt-16 max-w-6xl px-4">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="latest-heading" className="text-2xl font-bold text-ink dark:text-slate-50">
            {t.home.latest}
          </h2>
          <SiteLink
            href={blogPath(locale)}
            className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300"
          >
            {t.home.allPosts} →
          </SiteLink>
        </div>
        <PostGrid posts={latestIn(locale, 3)} headingLevel="h3" className="mt-6" />
      </section>
      <ContactCta locale={locale} />
    </FixedFrame>
  );
}
