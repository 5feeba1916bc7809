import { describe, expect, it } from 'vitest';
import {
  blogPostingJsonLd,
  breadcrumbJsonLd,
  localBusinessJsonLd,
  postBreadcrumbs,
  serializeJsonLd,
} from '@/lib/json-ld';
import { getPostSummaries } from '@/lib/posts';
import { site } from '@/lib/site';
import { richResultProblems } from './support/rich-results';
import { schemaOrgProblems } from './support/schema-org';

const BASE = 'https://www.snynet.com.my';
const production = { includeDrafts: false, today: '2026-11-28' };
const posts = getPostSummaries(production);
const exchange = posts.find((p) => p.slug === 'microsoft-exchange-email-attacks-more-damaging')!;

/** As a crawler reads it: the serialized script body, parsed back. */
const roundTrip = (data: object): unknown => JSON.parse(serializeJsonLd(data));

describe('LocalBusiness JSON-LD (home and contact pages)', () => {
  const business = localBusinessJsonLd(site, BASE, { showEmail: false });

  it('is valid schema.org and has what rich results need', () => {
    expect(schemaOrgProblems(roundTrip(business))).toEqual([]);
    expect(richResultProblems(roundTrip(business))).toEqual([]);
  });

  it('comes from content/site.json: name, phone, logo, address, every day 10:00-18:00', () => {
    expect(business).toMatchObject({
      '@type': 'LocalBusiness',
      name: site.name,
      telephone: site.phone,
      url: BASE,
      logo: `${BASE}/logo.svg`,
      address: { '@type': 'PostalAddress', addressCountry: 'Malaysia' },
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: [
            'https://schema.org/Monday',
            'https://schema.org/Tuesday',
            'https://schema.org/Wednesday',
            'https://schema.org/Thursday',
            'https://schema.org/Friday',
            'https://schema.org/Saturday',
            'https://schema.org/Sunday',
          ],
          opens: '10:00',
          closes: '18:00',
        },
      ],
    });
    // Empty address settings are left out, not sent as "".
    expect(roundTrip(business)).not.toHaveProperty('address.streetAddress');
    expect(business).not.toHaveProperty('email');
  });

  it('includes the email and full address once marketing fills them in', () => {
    const filled = {
      ...site,
      email: 'hello@snynet.com.my',
      address: {
        street: '1 Jalan Ampang',
        locality: 'Kuala Lumpur',
        region: 'Wilayah Persekutuan',
        postalCode: '50450',
        country: 'Malaysia',
      },
    };
    const data = localBusinessJsonLd(filled, BASE, { showEmail: true });
    expect(data).toMatchObject({
      email: 'hello@snynet.com.my',
      address: { streetAddress: '1 Jalan Ampang', postalCode: '50450' },
    });
    expect(schemaOrgProblems(roundTrip(data))).toEqual([]);
  });
});

describe('BlogPosting and BreadcrumbList JSON-LD (each post)', () => {
  it('is valid for every post, with headline, dates, author, image and publisher', () => {
    for (const post of posts) {
      const data = roundTrip(blogPostingJsonLd(post, site, BASE));
      expect(schemaOrgProblems(data), post.slug).toEqual([]);
      expect(richResultProblems(data), post.slug).toEqual([]);
    }
    expect(blogPostingJsonLd(exchange, site, BASE)).toMatchObject({
      headline: exchange.title,
      datePublished: '2021-03-08',
      dateModified: '2021-03-08',
      author: { '@type': 'Organization', name: 'Snynet Solution' },
      image: [`${BASE}/blog/${exchange.slug}/og.png`, `${BASE}${exchange.cover}`],
      publisher: { '@type': 'Organization', name: site.name, logo: { url: `${BASE}/logo.svg` } },
      mainEntityOfPage: { '@id': `${BASE}${exchange.url}` },
    });
  });

  it('names a person as the author when a post is not signed by the company', () => {
    const data = blogPostingJsonLd(
      { ...exchange, author: 'Aina Rahman', updated: '2021-04-01' },
      site,
      BASE,
    );
    expect(data).toMatchObject({
      author: { '@type': 'Person', name: 'Aina Rahman' },
      dateModified: '2021-04-01',
    });
  });

  it('describes Home › Blog › post, named as the menu names them', () => {
    const crumbs = postBreadcrumbs(exchange, site);
    expect(crumbs.map((c) => c.path)).toEqual(['/', '/blog', exchange.url]);
    const data = roundTrip(breadcrumbJsonLd(crumbs, BASE));
    expect(schemaOrgProblems(data)).toEqual([]);
    expect(richResultProblems(data)).toEqual([]);
    expect(data).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home', item: BASE },
        { position: 2, name: 'Blog', item: `${BASE}/blog` },
        { position: 3, name: exchange.title, item: `${BASE}${exchange.url}` },
      ],
    });
  });

  it('cannot be broken out of its <script> by a title', () => {
    const json = serializeJsonLd({ headline: 'Hi </script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: 'Hi </script><script>alert(1)</script>' });
  });
});

describe('the structured-data validator itself', () => {
  it('rejects unknown types, unknown properties, bad values and missing rich-result fields', () => {
    expect(schemaOrgProblems({ '@context': 'https://schema.org', '@type': 'LocalBiz' })).toEqual([
      '$: "LocalBiz" is not a schema.org type',
    ]);
    const bad = {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'x',
      datePublished: '8 March 2021',
      colour: 'blue',
      author: { '@type': 'PostalAddress', addressCountry: 'MY' },
      image: 'not a url',
    };
    const problems = schemaOrgProblems(bad).join('\n');
    expect(problems).toContain('$.datePublished: "8 March 2021" is not a Date | DateTime');
    expect(problems).toContain('BlogPosting has no property "colour"');
    expect(problems).toContain('$.author: a PostalAddress, expected Organization | Person');
    expect(problems).toContain('$.image: "not a url" is not a ImageObject | URL');
    const hours = {
      '@context': 'https://schema.org',
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'Funday',
      opens: '25:00',
    };
    expect(schemaOrgProblems(hours)).toHaveLength(2);
    expect(richResultProblems(bad)).toEqual(
      expect.arrayContaining(['$.dateModified is missing', '$.publisher is missing']),
    );
  });
});
