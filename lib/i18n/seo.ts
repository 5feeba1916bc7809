/**
 * Metadata in both languages: each language's root defaults (its tagline and description, its
 * feeds, og:locale) and hreflang alternates between pages that really translate each other.
 */
import type { Metadata } from 'next';
import { rootMetadata } from '../seo/metadata';
import { feedPaths, SITE_IMAGE_PATH } from '../site/routes';
import { getSite, siteUrl } from '../site/site';
import { isPreview } from '../posts/visibility';
import { dictionary, fill } from './dictionary';
import { HTML_LANG, localePath, type Locale } from './locales';
import { hreflang } from './hreflang';
import { siteTexts } from './site-texts';

type Alternates = NonNullable<Metadata['alternates']>;

/** The site's settings with the language's own words in place of the English ones. */
export const siteIn = (locale: Locale) => ({ ...getSite(), ...siteTexts(locale) });

/** What a language's root layout gives every page below it. */
export function rootMetadataIn(locale: Locale): Metadata {
  const metadata = rootMetadata(siteIn(locale), siteUrl(), HTML_LANG[locale], {
    preview: isPreview(),
    image: localePath(locale, SITE_IMAGE_PATH),
  });
  return { ...metadata, alternates: alternatesIn(locale) };
}

/**
 * A page's `alternates`: its canonical (its own address unless given), its language's feeds, and
 * hreflang links when `translations` names the page in every language (x-default: English).
 * Next replaces `alternates` whole, so every page that sets it goes through here.
 */
export function alternatesIn(
  locale: Locale,
  translations?: Record<Locale, string>,
  canonical = './',
): Alternates {
  const t = dictionary(locale).feeds;
  const name = getSite().name;
  const feeds = feedPaths(locale);
  return {
    canonical,
    types: {
      'application/rss+xml': [{ url: feeds.rss, title: fill(t.rss, { name }) }],
      'application/atom+xml': [{ url: feeds.atom, title: fill(t.atom, { name }) }],
    },
    ...(translations && { languages: hreflang(translations) }),
  };
}
