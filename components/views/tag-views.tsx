import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/blog/tag-listing';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { postsTaggedIn, tagsIn } from '@/lib/i18n/posts';
import { alternatesIn, siteIn } from '@/lib/i18n/seo';
import { siteTexts } from '@/lib/i18n/site-texts';
import { firstPage, pageParams, paginate, parsePageParam } from '@/lib/posts/pagination';
import { tagPath } from '@/lib/site/routes';
import { listingMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site/site';
import { tagLabel } from '@/lib/posts/tags';
import { LanguageFrame } from './language-frame';

// A tag's page lists one language's posts: the other language's page of the same tag (if any)
// lists other posts, so it is no translation and gets no hreflang.

const label = (locale: Locale, tag: string) => tagLabel(tag, siteTexts(locale).tagLabels);

function tagCopy(locale: Locale, tag: string) {
  const t = dictionary(locale).blog;
  const values = { label: label(locale, tag), name: getSite().name };
  return { title: fill(t.tagTitle, values), description: fill(t.tagDescription, values) };
}

export const tagParams = (locale: Locale) => tagsIn(locale).map(({ tag }) => ({ tag }));

export function tagMetadata(locale: Locale, tag: string): Metadata {
  // Unknown tags render on request: the 404 must not take this route's canonical.
  if (postsTaggedIn(locale, tag).length === 0) notFound();
  return {
    ...listingMetadata(siteIn(locale), tagCopy(locale, tag)),
    alternates: alternatesIn(locale),
  };
}

export function TagView({ locale, tag }: { locale: Locale; tag: string }) {
  const posts = postsTaggedIn(locale, tag);
  if (posts.length === 0) notFound();
  return (
    <LanguageFrame locale={locale}>
      <TagListing
        label={label(locale, tag)}
        total={posts.length}
        page={firstPage(posts, tagPath(tag, locale))}
        locale={locale}
      />
    </LanguageFrame>
  );
}

/** Includes page 1 (a copy of the tag's page, canonical to it): see pageParams. */
export const tagPageParams = (locale: Locale) =>
  tagsIn(locale).flatMap(({ tag, count }) => pageParams(count).map(({ page }) => ({ tag, page })));

export function tagPageMetadata(locale: Locale, tag: string, param: string): Metadata {
  const page = parsePageParam(param);
  const path = tagPath(tag, locale);
  const metadata = listingMetadata(
    siteIn(locale),
    tagCopy(locale, tag),
    page,
    path,
    dictionary(locale).blog.page,
  );
  return page > 1 ? metadata : { ...metadata, alternates: alternatesIn(locale, undefined, path) };
}

export function TagPageView({
  locale,
  tag,
  param,
}: {
  locale: Locale;
  tag: string;
  param: string;
}) {
  const posts = postsTaggedIn(locale, tag);
  const page = paginate(posts, parsePageParam(param), tagPath(tag, locale));
  if (!page) notFound();
  return (
    <LanguageFrame locale={locale}>
      <TagListing label={label(locale, tag)} total={posts.length} page={page} locale={locale} />
    </LanguageFrame>
  );
}
