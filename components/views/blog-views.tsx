import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogTools } from '@/components/blog/blog-tools';
import { PostListing } from '@/components/blog/post-listing';
import { TagChip } from '@/components/blog/tag-list';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { summariesIn, tagsIn } from '@/lib/i18n/posts';
import { alternatesIn, siteIn } from '@/lib/i18n/seo';
import { siteTexts } from '@/lib/i18n/site-texts';
import { fixedPageAlternates } from '@/lib/i18n/alternates';
import { firstPage, pageParams, paginate, parsePageParam } from '@/lib/posts/pagination';
import { blogPath, tagsPath } from '@/lib/site/routes';
import { listingMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';
import { FixedFrame } from './fixed-page-view';
import { LanguageFrame } from './language-frame';

const blogCopy = (locale: Locale) => {
  const { title, description } = dictionary(locale).blog;
  return { title, description };
};

/** /blog and /ms/blog: page 1 of the language's posts, hreflang to the other blog. */
export function blogMetadata(locale: Locale): Metadata {
  return {
    ...listingMetadata(siteIn(locale), blogCopy(locale)),
    alternates: alternatesIn(locale, fixedPageAlternates(blogPath(locale))),
  };
}

export function BlogView({ locale }: { locale: Locale }) {
  return (
    <FixedFrame path={blogPath(locale)} locale={locale}>
      <PostListing
        {...listingWords(locale)}
        page={firstPage(summariesIn(locale), blogPath(locale))}
        locale={locale}
        tools={<BlogTools locale={locale} />}
      />
    </FixedFrame>
  );
}

const listingWords = (locale: Locale) => {
  const { title, description } = blogCopy(locale);
  return { title, lead: description };
};

/** Includes page 1 (a copy of the blog's first page, canonical to it): see pageParams. */
export const blogPageParams = (locale: Locale) => pageParams(summariesIn(locale).length);

export function blogPageMetadata(locale: Locale, param: string): Metadata {
  const page = parsePageParam(param);
  const metadata = listingMetadata(
    siteIn(locale),
    blogCopy(locale),
    page,
    blogPath(locale),
    dictionary(locale).blog.page,
  );
  return page > 1
    ? metadata
    : { ...metadata, alternates: alternatesIn(locale, undefined, blogPath(locale)) };
}

/** /blog/page/N: no translation of its own (the other blog has its own pages). */
export function BlogPageView({ locale, param }: { locale: Locale; param: string }) {
  const page = paginate(summariesIn(locale), parsePageParam(param), blogPath(locale));
  if (!page) notFound();
  return (
    <LanguageFrame locale={locale}>
      <PostListing
        {...listingWords(locale)}
        page={page}
        locale={locale}
        tools={<BlogTools locale={locale} />}
      />
    </LanguageFrame>
  );
}

export function tagsMetadata(locale: Locale): Metadata {
  const t = dictionary(locale).blog;
  return {
    title: t.tags,
    description: fill(t.tagsDescription, { name: getSite().name }),
    alternates: alternatesIn(locale, fixedPageAlternates(tagsPath(locale))),
  };
}

/** Every tag of the language's posts, with how many posts carry it. */
export function TagsView({ locale }: { locale: Locale }) {
  const t = dictionary(locale).blog;
  return (
    <FixedFrame path={tagsPath(locale)} locale={locale}>
      <div className="mx-auto max-w-6xl px-4 py-12">
        <h1 className="text-4xl font-bold tracking-tight text-ink dark:text-slate-50">{t.tags}</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{t.tagsLead}</p>
        <ul aria-label={t.allTags} className="mt-10 flex flex-wrap gap-3">
          {tagsIn(locale).map(({ tag, count }) => (
            <li key={tag}>
              <TagChip
                tag={tag}
                labels={siteTexts(locale).tagLabels}
                locale={locale}
                strings={t}
                count={count}
              />
            </li>
          ))}
        </ul>
      </div>
    </FixedFrame>
  );
}
