import { describe, expect, it } from 'vitest';
import { summariesIn } from '@/lib/i18n/posts';
import { absoluteUrl, listingMetadata, postMetadata, rootMetadata } from '@/lib/seo/metadata';
import { sitePath, withTrailingSlash } from '@/lib/site/site-path';
import { site, siteLanguage, siteUrl } from '@/lib/site/site';

const BASE = 'https://www.snynet.com.my';
// Revised a week after it was published, so its two dates differ.
const post = summariesIn('en', { includeDrafts: false, today: '2026-11-28' }).find(
  (p) => p.slug === 'ransomware-hits-accounting-firms',
)!;

describe('SITE_URL', () => {
  it('defaults to the local server and keeps only the origin', () => {
    expect(siteUrl(undefined)).toBe('http://localhost:3000');
    expect(siteUrl('')).toBe('http://localhost:3000');
    expect(siteUrl('https://www.snynet.com.my/')).toBe(BASE);
    expect(siteUrl(' https://www.snynet.com.my ')).toBe(BASE);
  });

  it('stops the build when it is not a plain http(s) origin', () => {
    for (const bad of [
      'www.snynet.com.my',
      'ftp://snynet.com.my',
      'https://x.my/blog',
      'https://x.my/?a=1',
    ])
      expect(() => siteUrl(bad), bad).toThrow(/SITE_URL must be/);
  });

  it('makes absolute URLs the way Next writes canonicals', () => {
    expect(absoluteUrl('/', BASE)).toBe(BASE);
    expect(absoluteUrl('/blog', BASE)).toBe(`${BASE}/blog`);
    expect(absoluteUrl('/images/a b.svg', BASE)).toBe(`${BASE}/images/a%20b.svg`);
    // The static export: pages end in "/", as static hosts serve them; files do not.
    expect(absoluteUrl('/', BASE, true)).toBe(`${BASE}/`);
    expect(absoluteUrl('/blog/tags/security', BASE, true)).toBe(`${BASE}/blog/tags/security/`);
    expect(absoluteUrl('/feed.xml', BASE, true)).toBe(`${BASE}/feed.xml`);
    expect(withTrailingSlash('/search?q=vpn#results')).toBe('/search/?q=vpn#results');
    expect(withTrailingSlash('/blog/x/og.png')).toBe('/blog/x/og.png');
    expect(sitePath('/blog')).toBe('/blog');
    expect(withTrailingSlash('//cdn.example.com/file')).toBe('//cdn.example.com/file');
    expect(withTrailingSlash('#top')).toBe('#top');
  });
});

describe('metadata', () => {
  it('gives every page a title template, canonical, feeds, Open Graph and a large Twitter card', () => {
    const meta = rootMetadata(site, BASE, siteLanguage);
    expect(String(meta.metadataBase)).toBe(`${BASE}/`);
    expect(meta.title).toEqual({
      default: 'Fixture Networks | Test-only IT services for a made-up company',
      template: '%s | Fixture Networks',
    });
    expect(meta.description).toBe(site.description);
    expect(meta.alternates?.canonical).toBe('./');
    expect(meta.alternates?.types).toEqual({
      'application/rss+xml': [{ url: '/feed.xml', title: 'Fixture Networks blog (RSS)' }],
      'application/atom+xml': [{ url: '/atom.xml', title: 'Fixture Networks blog (Atom)' }],
    });
    // No title/description in openGraph, so each page's own are copied in by Next.
    expect(meta.openGraph).toEqual({
      siteName: site.name,
      locale: 'en_MY',
      url: './',
      type: 'website',
      images: [
        {
          url: '/og.png',
          width: 1200,
          height: 630,
          type: 'image/png',
          alt: `${site.name}: ${site.tagline}`,
        },
      ],
    });
    expect(meta.twitter).toEqual({ card: 'summary_large_image' });
  });

  it('describes a post as an article with its dates, tags and generated image', () => {
    const meta = postMetadata(post, site, siteLanguage);
    expect(meta).toMatchObject({
      title: 'Ransomware is hitting accounting firms harder than anyone expected this year',
      description: post.excerpt,
      openGraph: {
        type: 'article',
        siteName: 'Fixture Networks',
        url: './',
        publishedTime: '2021-03-08',
        modifiedTime: '2021-03-15',
        tags: ['security', 'microsoft', 'email'],
        images: [
          {
            url: '/blog/ransomware-hits-accounting-firms/og.png',
            width: 1200,
            height: 630,
            type: 'image/png',
            alt: post.title,
          },
        ],
      },
    });
  });

  it('keeps listing titles unique per page and points ".../page/1" at the listing', () => {
    const copy = { title: 'Blog', description: 'All posts.' };
    expect(listingMetadata(site, copy)).toEqual(copy);
    expect(listingMetadata(site, copy, 2)).toEqual({
      title: 'Blog (page 2)',
      description: 'All posts. Page 2.',
    });
    expect(listingMetadata(site, copy, 1, '/blog')).toMatchObject({
      alternates: { canonical: '/blog', types: { 'application/rss+xml': [{ url: '/feed.xml' }] } },
    });
  });
});
