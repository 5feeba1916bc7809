import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/blog/article-header';
import { RelatedRail } from '@/components/blog/related-rail';
import { ContactCta } from '@/components/contact/contact-cta';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getAllPosts, getPostBySlug, getRelatedPosts } from '@/lib/posts';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  if (!post) return {};
  return { title: post.title, description: post.excerpt };
}

export default async function ArticlePage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  return (
    <>
      <article className="mx-auto max-w-3xl px-4 pt-10">
        <ArticleHeader post={post} />
        <MdxContent source={post.body} className="mt-10 sm:prose-lg" />
        {post.source && (
          <p className="mt-8 text-sm font-medium text-slate-600 italic">{post.source}</p>
        )}
      </article>
      <RelatedRail posts={getRelatedPosts(post)} />
      <ContactCta />
    </>
  );
}
