import { allPages } from 'contentlayer/generated';
import type { RequiredPage } from './content/routes';

export type PageContent = {
  slug: string;
  title: string;
  description: string;
  heading: string;
  lead: string | undefined;
  /** MDX source, compiled when the page is prerendered. */
  body: string;
};

/** Copy for a fixed page (content/pages/<slug>.mdx). A missing file is a build error, not a 404. */
export function getPage(slug: RequiredPage): PageContent {
  const doc = allPages.find((p) => p.slug === slug);
  if (!doc) {
    throw new Error(
      `content/pages/${slug}.mdx is missing. Restore it: the ${slug} page is built from it.`,
    );
  }
  return {
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    heading: doc.heading,
    lead: doc.lead,
    body: doc.body.raw,
  };
}
