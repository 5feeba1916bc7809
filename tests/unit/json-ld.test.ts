import { describe, expect, it } from 'vitest';
import {
  blogPostingJsonLd,
  breadcrumbJsonLd,
  localBusinessJsonLd,
  postBreadcrumbs,
  serializeJsonLd,
} from '@/lib/seo/json-ld';
import { summariesIn } from '@/lib/i18n/posts';
import { site } from '@/lib/site/site';
import { richResultProblems } from '../helpers/rich-results';
import { schemaOrgProblems } from '../helpers/schema-org';

const BASE = 'https://www.snynet.com.my';
const production = { includeDrafts: false, today: '2026-11-28' };
const posts = summariesIn('en', production);
// Signed by a person, revised a week later.
const ransomware = posts.find((p) => p.slug === 'ransomware-hits-accounting-firms')!;
// No author of its own: signed by the company.
const cdn = posts.find((p) => p.slug === 'choosing-a-cdn-for-a-faster-website')!;

/** As a crawler reads it: the serialized script body, parsed back. */
const roundTrip = (data: object): unknown => JSON.parse(serializeJsonLd(data));

describe('LocalBusiness JSON-LD (home and contact pages)', () => {
  const business = localBusinessJsonLd(site, BASE, { showEmail: false });

  it('is valid schema.org and has what rich results need', () => {
    expect(schemaOrgProblems(roundTrip(business))).toEqual([]);
    expect(richResultProblems(roundTrip(business))).toEqual([]);
  });

  it('comes from site.json: name, phone, logo, address, Mon–Fri 09:00-17:30, Sat 09:00-13:00', () => {
    expect(business).toMatchObject({
      '@type': 'LocalBusiness',
      name: 'Fixture Networks',
      telephone: '+60 4 555 0142',
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
          ],
          opens: '09:00',
          closes: '17:30',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Saturday'],
          opens: '09:00',
          closes: '13:00',
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
    expect(blogPostingJsonLd(ransomware, site, BASE)).toMatchObject({
      headline: 'Ransomware is hitting accounting firms harder than anyone expected this year',
      datePublished: '2021-03-08',
      dateModified: '2021-03-15',
      author: { '@type': 'Person', name: 'Fixture Editorial Desk' },
      image: [
        `${BASE}/blog/ransomware-hits-accounting-firms/og.png`,
        `${BASE}/images/posts/ransomware-hits-accounting-firms/cover.svg`,
      ],
      publisher: {
        '@type': 'Organization',
        name: 'Fixture Networks',
        logo: { url: `${BASE}/logo.svg` },
      },
      mainEntityOfPage: { '@id': `${BASE}/blog/ransomware-hits-accounting-firms` },
    });
    // A post without an author of its own is the company's, never revised: modified = published.
    expect(blogPostingJsonLd(cdn, site, BASE)).toMatchObject({
      datePublished: '2021-07-20',
      dateModified: '2021-07-20',
      author: { '@type': 'Organization', name: 'Fixture Networks', url: BASE },
    });
  });

  it('names a person as the author when a post is not signed by the company', () => {
    const data = blogPostingJsonLd(
      { ...cdn, author: 'Aina Rahman', updated: '2021-08-01' },
      site,
      BASE,
    );
    expect(data).toMatchObject({
      author: { '@type': 'Person', name: 'Aina Rahman' },
      dateModified: '2021-08-01',
    });
  });

  it('describes Home › Blog › post, named as the menu names them', () => {
    const crumbs = postBreadcrumbs(ransomware, site, { home: 'Home', blog: 'Blog' });
    expect(crumbs.map((c) => c.path)).toEqual(['/', '/blog', ransomware.url]);
    const data = roundTrip(breadcrumbJsonLd(crumbs, BASE));
    expect(schemaOrgProblems(data)).toEqual([]);
    expect(richResultProblems(data)).toEqual([]);
    expect(data).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home', item: BASE },
        { position: 2, name: 'Blog', item: `${BASE}/blog` },
        { position: 3, name: ransomware.title, item: `${BASE}${ransomware.url}` },
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
