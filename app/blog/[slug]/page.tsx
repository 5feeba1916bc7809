import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/blog/article-header';
import { RelatedRail } from '@/components/blog/related-rail';
import { ContactCta } from '@/components/contact/contact-cta';
import { PageProblems } from '@/components/problems/page-problems';
import { MdxContent } from '@/components/mdx/mdx-content';
import { JsonLd } from '@/components/seo/json-ld';
import { blogPostingJsonLd, breadcrumbJsonLd, postBreadcrumbs } from '@/lib/seo/json-ld';
import {
  getAllPosts,
  getPostBySlug,
  getRelatedPosts,
  placesOwnContactCta,
  toSummary,
} from '@/lib/posts/posts';
import { postMetadata } from '@/lib/seo/metadata';
import { getSite, siteLanguage, siteUrl } from '@/lib/site/site';

type Props = { params: Promise<{ slug: string }> };

// dynamicParams is left at its default: an unlisted slug renders on request and reaches
// notFound(), so one an editor adds while `npm run dev` runs opens on its first visit, and
// `next start` still answers 404 for unknown ones. The static export has only these.
export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  // Unknown slugs render on request (see above): the 404 must not take this route's canonical.
  if (!post) notFound();
  return postMetadata(toSummary(post), getSite(), siteLanguage);
}

export default async function ArticlePage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  const crumbs = postBreadcrumbs(post, getSite());
  return (
    <>
      <JsonLd data={blogPostingJsonLd(toSummary(post), getSite(), siteUrl())} />
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl())} />
      <PageProblems path={post.url} />
      <article className="mx-auto max-w-3xl px-4 pt-10">
        <ArticleHeader post={post} crumbs={crumbs} />
        <MdxContent source={post.body} className="mt-10 sm:prose-lg" />
        {post.source && (
          <p className="mt-8 text-sm font-medium text-slate-600 italic dark:text-slate-400">
            {post.source}
          </p>
        )}
      </article>
      <RelatedRail posts={getRelatedPosts(post)} />
      {!placesOwnContactCta(post) && <ContactCta />}
    </>
  );
}
