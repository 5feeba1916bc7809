import type {
  BlogPosting,
  BreadcrumbList,
  DayOfWeek,
  LocalBusiness,
  Organization,
  PostalAddress,
  WithContext,
} from 'schema-dts';
import type { PostSummary } from '../posts/posts';
import { HTML_LANG } from '../i18n/locales';
import {
  blogPath,
  HOME_PATH,
  homePath,
  LOGO_PATH,
  postImagePath,
  SITE_IMAGE_PATH,
} from '../site/routes';
import { absoluteUrl } from './metadata';
import type { SiteConfig } from '../site/schema';
import type { DayCode } from '../site/week';

/**
 * schema.org descriptions of the business and of posts, for search engines. Everything comes from
 * content/site.json and post frontmatter: nothing here is typed twice.
 */

const DAY_NAMES: Record<DayCode, DayOfWeek> = {
  Mon: 'https://schema.org/Monday',
  Tue: 'https://schema.org/Tuesday',
  Wed: 'https://schema.org/Wednesday',
  Thu: 'https://schema.org/Thursday',
  Fri: 'https://schema.org/Friday',
  Sat: 'https://schema.org/Saturday',
  Sun: 'https://schema.org/Sunday',
};

/** The business's node id, so posts can name it as publisher without repeating it. */
export function businessId(baseUrl: string): string {
  return `${baseUrl}/#business`;
}

function postalAddress(address: SiteConfig['address']): PostalAddress {
  // Empty settings are left out rather than sent as "": marketing has not filled them in yet.
  const fields = {
    streetAddress: address.street,
    addressLocality: address.locality,
    addressRegion: address.region,
    postalCode: address.postalCode,
    addressCountry: address.country,
  };
  return {
    '@type': 'PostalAddress',
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== '')),
  };
}

export function localBusinessJsonLd(
  site: SiteConfig,
  baseUrl: string,
  options: { showEmail: boolean },
): WithContext<LocalBusiness> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    '@id': businessId(baseUrl),
    name: site.name,
    description: site.description,
    url: absoluteUrl(HOME_PATH, baseUrl),
    logo: absoluteUrl(LOGO_PATH, baseUrl),
    image: absoluteUrl(SITE_IMAGE_PATH, baseUrl),
    telephone: site.phone,
    ...(options.showEmail ? { email: site.email } : {}),
    address: postalAddress(site.address),
    openingHoursSpecification: site.hours.map((rule) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: rule.days.map((day) => DAY_NAMES[day]),
      opens: rule.opens,
      closes: rule.closes,
    })),
    ...(site.social.length > 0 ? { sameAs: site.social.map((s) => s.href) } : {}),
  };
}

function publisher(site: SiteConfig, baseUrl: string): Organization {
  return {
    '@type': 'Organization',
    '@id': businessId(baseUrl),
    name: site.name,
    url: absoluteUrl(HOME_PATH, baseUrl),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH, baseUrl) },
  };
}

export function blogPostingJsonLd(
  post: PostSummary,
  site: SiteConfig,
  baseUrl: string,
): WithContext<BlogPosting> {
  const url = absoluteUrl(post.url, baseUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${url}#post`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: post.title,
    description: post.excerpt,
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    // Posts signed with the company's name are the company's; anyone else is a person.
    author:
      post.author === site.name
        ? { '@type': 'Organization', name: post.author, url: absoluteUrl(HOME_PATH, baseUrl) }
        : { '@type': 'Person', name: post.author },
    inLanguage: HTML_LANG[post.lang],
    image: [
      absoluteUrl(postImagePath(post.slug, post.lang), baseUrl),
      absoluteUrl(post.cover, baseUrl),
    ],
    // A post without tags has no keywords, not an empty string of them.
    ...(post.tags.length > 0 ? { keywords: post.tags.join(', ') } : {}),
    publisher: publisher(site, baseUrl),
  };
}

export type Crumb = { name: string; path: string };

/** Home › Blog › post, named as the main navigation names them. */
export function postBreadcrumbs(
  post: Pick<PostSummary, 'title' | 'url' | 'lang'>,
  site: Pick<SiteConfig, 'nav'>,
  names: { home: string; blog: string },
): Crumb[] {
  const navName = (path: string, fallback: string) =>
    site.nav.find((item) => item.href === path)?.label ?? fallback;
  const home = homePath(post.lang);
  const blog = blogPath(post.lang);
  return [
    { name: navName(home, names.home), path: home },
    { name: navName(blog, names.blog), path: blog },
    { name: post.title, path: post.url },
  ];
}

export function breadcrumbJsonLd(
  crumbs: readonly Crumb[],
  baseUrl: string,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, baseUrl),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">. "<" is escaped so a title containing
 * "</script>" can never end the script early.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
