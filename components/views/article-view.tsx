import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/blog/article-header';
import { RelatedRail } from '@/components/blog/related-rail';
import { ContactCta } from '@/components/contact/contact-cta';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PageProblems } from '@/components/problems/page-problems';
import { JsonLd } from '@/components/seo/json-ld';
import { postAlternates } from '@/lib/i18n/alternates';
import { dictionary } from '@/lib/i18n/dictionary';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { postIn, postsIn, relatedIn } from '@/lib/i18n/posts';
import { alternatesIn, siteIn } from '@/lib/i18n/seo';
import { blogPostingJsonLd, breadcrumbJsonLd, postBreadcrumbs } from '@/lib/seo/json-ld';
import { placesOwnContactCta, toSummary } from '@/lib/posts/posts';
import { postMetadata } from '@/lib/seo/metadata';
import { siteUrl } from '@/lib/site/site';
import { LanguageFrame } from './language-frame';

export const articleParams = (locale: Locale) =>
  postsIn(locale).map((post) => ({ slug: post.slug }));

export function articleMetadata(locale: Locale, slug: string): Metadata {
  const post = postIn(locale, slug);
  // Unknown slugs render on request: the 404 must not take this route's canonical.
  if (!post) notFound();
  const summary = toSummary(post);
  return {
    ...postMetadata(summary, siteIn(locale), HTML_LANG[locale]),
    alternates: alternatesIn(locale, postAlternates(summary)),
  };
}

/** A post in its language; the switch leads to its translation, if one is published. */
export function ArticleView({ locale, slug }: { locale: Locale; slug: string }) {
  const post = postIn(locale, slug);
  if (!post) notFound();
  const summary = toSummary(post);
  const site = siteIn(locale);
  const words = dictionary(locale).blog;
  const crumbs = postBreadcrumbs(post, site, { home: words.home, blog: words.title });
  return (
    <LanguageFrame locale={locale} translations={postAlternates(summary)}>
      <JsonLd data={blogPostingJsonLd(summary, site, siteUrl())} />
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <PageProblems path={post.url} />
      <article className="mx-auto max-w-3xl px-4 pt-10">
        <ArticleHeader post={post} crumbs={crumbs} />
        <MdxContent source={post.body} locale={locale} className="mt-10 sm:prose-lg" />
        {post.source && (
          <p className="mt-8 text-sm font-medium text-slate-600 italic dark:text-slate-400">
            {post.source}
          </p>
        )}
      </article>
      <RelatedRail posts={relatedIn(post)} locale={locale} />
      {!placesOwnContactCta(post) && <ContactCta locale={locale} />}
    </LanguageFrame>
  );
}
