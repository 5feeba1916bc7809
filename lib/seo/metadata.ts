import type { Metadata } from 'next';
import { fill } from '../i18n/fill';
import type { PostSummary } from '../posts/posts';
import type { SiteConfig } from '../site/schema';
import {
  APPLE_ICON_PATH,
  FEED_PATHS,
  LOGO_PATH,
  postImagePath,
  SITE_IMAGE_PATH,
} from '../site/routes';
import { trailingSlashBuild, withTrailingSlash } from '../site/site-path';

/** Open Graph and Twitter images are drawn at this size (the size both networks crop to). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What the site's share image shows, for people who cannot see it. */
export function shareImageAlt(site: Pick<SiteConfig, 'name' | 'tagline'>): string {
  return `${site.name}: ${site.tagline}`;
}

/**
 * Pages (content/pages/<slug>.mdx) about the business itself, which carry its LocalBusiness
 * JSON-LD: where someone looking for the company lands.
 */
export const BUSINESS_PAGE_SLUGS: readonly string[] = ['home', 'contact'];

/**
 * "/blog" -> "https://…/blog"; the home page is the bare origin, as Next writes canonicals. In
 * the static export pages end in "/" (see sitePath), like the canonicals Next writes there.
 */
export function absoluteUrl(
  path: string,
  baseUrl: string,
  trailingSlash: boolean = trailingSlashBuild(),
): string {
  const url = new URL(trailingSlash ? withTrailingSlash(path) : path, `${baseUrl}/`);
  if (trailingSlash) return url.href;
  return url.pathname === '/' && !url.search && !url.hash ? url.origin : url.href;
}

function ogLocale(language: string): string {
  return language.replace('-', '_');
}

/**
 * Defaults every page inherits from the root layout. Titles and descriptions are deliberately
 * left out of openGraph: Next then copies each page's own title and description into og: and
 * twitter: tags. "./" resolves to each page's own path, so every page gets its own canonical URL
 * and og:url without repeating it. Pages must not set `alternates`, or they lose the feed links.
 */
export function rootMetadata(
  site: SiteConfig,
  baseUrl: string,
  language: string,
  {
    preview = false,
    image = SITE_IMAGE_PATH,
  }: {
    preview?: boolean;
    /** The language's share image (app/og.png, app/(ms)/ms/og.png). */
    image?: string;
  } = {},
): Metadata {
  return {
    // A preview shows unpublished posts: search engines must not index it.
    ...(preview ? { robots: { index: false, follow: false } } : {}),
    metadataBase: new URL(baseUrl),
    title: { default: `${site.name} | ${site.tagline}`, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    // app/favicon.ico is added by Next for tools that ask for it; setting icons here would
    // otherwise hide app/apple-icon.png (the home-screen icon), so it is named too.
    icons: { icon: LOGO_PATH, apple: APPLE_ICON_PATH },
    alternates: { canonical: './', types: feedLinks(site) },
    openGraph: {
      ...siteOpenGraph(site, language),
      type: 'website',
      images: [
        {
          url: image,
          ...OG_IMAGE_SIZE,
          type: 'image/png',
          alt: shareImageAlt(site),
        },
      ],
    },
    twitter: { card: 'summary_large_image' },
  };
}

function feedLinks(site: SiteConfig) {
  return {
    'application/rss+xml': [{ url: FEED_PATHS.rss, title: `${site.name} blog (RSS)` }],
    'application/atom+xml': [{ url: FEED_PATHS.atom, title: `${site.name} blog (Atom)` }],
  };
}

function siteOpenGraph(site: SiteConfig, language: string) {
  return { siteName: site.name, locale: ogLocale(language), url: './' } as const;
}

/**
 * A post's metadata. Its openGraph replaces the layout's whole, so the site-wide fields are
 * repeated here.
 */
export function postMetadata(post: PostSummary, site: SiteConfig, language: string): Metadata {
  return {
    title: post.title,
    description: post.excerpt,
    authors: [{ name: post.author }],
    keywords: post.tags.length > 0 ? post.tags : undefined,
    openGraph: {
      ...siteOpenGraph(site, language),
      images: [
        {
          url: postImagePath(post.slug, post.lang),
          ...OG_IMAGE_SIZE,
          type: 'image/png',
          alt: post.title,
        },
      ],
      type: 'article',
      title: post.title,
      description: post.excerpt,
      publishedTime: post.date,
      modifiedTime: post.updated ?? post.date,
      authors: [post.author],
      tags: post.tags,
    },
  };
}

/**
 * Metadata of a listing page; later pages say which page they are, so titles stay unique.
 * `firstPagePath` marks ".../page/1", a copy of the listing's own address: its canonical URL
 * points search engines at the original (and the feed links are restated, as alternates is
 * replaced whole).
 */
export function listingMetadata(
  site: SiteConfig,
  { title, description }: { title: string; description: string },
  page = 1,
  firstPagePath?: string,
  /** "Page {page}" in the page's language (lib/i18n). */
  pageTemplate = 'Page {page}',
): Metadata {
  const pageName = fill(pageTemplate, { page });
  if (page > 1)
    return {
      title: `${title} (${pageName.toLowerCase()})`,
      description: `${description} ${pageName}.`,
    };
  if (!firstPagePath) return { title, description };
  return { title, description, alternates: { canonical: firstPagePath, types: feedLinks(site) } };
}
