import { afterAll, describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/dictionary-en';
import { ms } from '@/lib/i18n/dictionary-ms';
import { displayDateIn } from '@/lib/i18n/format';
import { describeOpenStatus, hoursLabel } from '@/lib/i18n/hours';
import { localePath, splitLocalePath } from '@/lib/i18n/locales';
import { postAlternates, switchTarget } from '@/lib/i18n/alternates';
import { postIn, relatedIn, summariesIn, tagsIn } from '@/lib/i18n/posts';
import { openStatus } from '@/lib/site/hours';
import { postPath, STATIC_ROUTES, tagPath } from '@/lib/site/routes';
import { site } from '@/lib/site/site';
import { checkPost, FRONTMATTER, removeProjects } from '../helpers/content-project';

afterAll(removeProjects);

/** Every string of a dictionary by its path ("contact.fieldErrors.email"). */
function strings(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (Array.isArray(value))
    return new Map(value.flatMap((item, i) => [...strings(item, `${path}.${i}`)]));
  if (typeof value === 'object' && value !== null)
    return new Map(
      Object.entries(value).flatMap(([key, item]) => [
        ...strings(item, path ? `${path}.${key}` : key),
      ]),
    );
  return new Map([[path, `not a string: ${String(value)}`]]);
}

// Words Malay writes as English does: the same word, not a missing translation.
const SAME_IN_BOTH = new Set(['header.menu', 'blog.title', 'search.placeholder']);

describe('the two dictionaries', () => {
  const english = strings(en);
  const malay = strings(ms);

  it('have every UI string in both languages, none empty', () => {
    expect([...malay.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of [...english, ...malay]) expect(text.trim(), key).not.toBe('');
  });

  it('translate every string (the Malay is not the English left in place)', () => {
    const untranslated = [...english].filter(
      ([key, text]) => malay.get(key) === text && !SAME_IN_BOTH.has(key) && !/^\W*$/.test(text),
    );
    // Days, times and placeholders may coincide ("{time}"); whole sentences may not.
    expect(untranslated.filter(([, text]) => /[a-z]{3,}/i.test(text))).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      const names = (value = '') => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(malay.get(key)), key).toEqual(names(text));
    }
  });
});

describe('hours and dates in Malay', () => {
  it('says the fixture hours with Malay days and times of day', () => {
    expect(hoursLabel(ms.hours, site.hours)).toBe(
      'Isnin - Jumaat: 9 pagi - 5.30 petang · Sabtu: 9 pagi - 1 petang',
    );
    expect(hoursLabel(en.hours, site.hours)).toBe('MON - FRI: 9 AM - 5:30 PM · SAT: 9 AM - 1 PM');
  });

  it('says whether the company is open in Malay', () => {
    const at = (utc: string) =>
      describeOpenStatus(ms.hours, openStatus(site.hours, site.timezone, new Date(utc)));
    expect(at('2026-11-30T01:00:00Z')).toBe('Buka sekarang · hingga 5.30 petang'); // Mon 09:00
    expect(at('2026-11-30T09:30:00Z')).toBe('Tutup · dibuka esok 9 pagi'); // Mon 17:30
    expect(at('2026-12-05T06:00:00Z')).toBe('Tutup · dibuka Isnin 9 pagi'); // Sat 14:00
  });

  it('writes dates the ms-MY way, English ones as always', () => {
    expect(displayDateIn('ms', '2021-03-08')).toBe('8 Mac 2021');
    expect(displayDateIn('ms', '2021-08-02')).toBe('2 Ogos 2021');
    expect(displayDateIn('en', '2021-03-08')).toBe('08 Mar 2021');
  });
});

describe('addresses in two languages', () => {
  it('keeps English where it was and puts Malay under /ms', () => {
    expect(localePath('en', '/blog')).toBe('/blog');
    expect(localePath('ms', '/')).toBe('/ms');
    expect(postPath('x', 'ms')).toBe('/ms/blog/x');
    expect(tagPath('keselamatan', 'ms')).toBe('/ms/blog/tags/keselamatan');
    expect(splitLocalePath('/ms/blog/x')).toEqual({ locale: 'ms', path: '/blog/x' });
    expect(splitLocalePath('/ms')).toEqual({ locale: 'ms', path: '/' });
    expect(splitLocalePath('/msx')).toEqual({ locale: 'en', path: '/msx' });
    for (const path of ['/', '/about', '/blog', '/search', '/privacy'])
      expect(STATIC_ROUTES).toEqual(expect.arrayContaining([path, localePath('ms', path)]));
  });
});

describe("the fixture's Malay blog", () => {
  it('lists, tags and relates Malay posts only', () => {
    expect(summariesIn('ms').map((p) => p.url)).toEqual([
      '/ms/blog/wifi-pejabat-yang-tidak-terputus',
      '/ms/blog/perisian-tebusan-melanda-firma-perakaunan',
    ]);
    expect(summariesIn('en').every((p) => p.lang === 'en')).toBe(true);
    expect(tagsIn('ms').map((t) => t.tag)).toEqual(['keselamatan', 'e-mel', 'rangkaian']);
    const post = postIn('ms', 'perisian-tebusan-melanda-firma-perakaunan');
    expect(post && relatedIn(post).map((p) => p.lang)).toEqual(['ms']);
  });

  it('links a post to its translation, named on one side only, and an untranslated one nowhere', () => {
    const malay = summariesIn('ms').find((p) => p.slug.startsWith('perisian'));
    const english = summariesIn('en').find((p) => p.slug === 'ransomware-hits-accounting-firms');
    const pair = {
      en: '/blog/ransomware-hits-accounting-firms',
      ms: '/ms/blog/perisian-tebusan-melanda-firma-perakaunan',
    };
    expect(malay && postAlternates(malay)).toEqual(pair);
    expect(english && postAlternates(english)).toEqual(pair);
    const alone = summariesIn('ms').find((p) => p.slug.startsWith('wifi'));
    expect(alone && postAlternates(alone)).toBeUndefined();
    expect(switchTarget('ms', undefined)).toBe('/');
    expect(switchTarget('en', undefined)).toBe('/ms');
  });
});

describe('the content check on translations', () => {
  const post = (translation: string) =>
    FRONTMATTER.replace('author:', `translation: ${translation}\nauthor:`);

  it('reports a translation that names no post, with file and line', () => {
    const { problems, file } = checkPost(post('no-such-post'), [], 'ms/tanpa-pasangan.mdx');
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        line: 8,
        field: 'translation',
        found: expect.stringContaining(
          'there is no post tests/fixtures/site/posts/no-such-post.mdx',
        ),
      }),
    ]);
  });

  it('reports a translation in the same language', () => {
    const { problems } = checkPost(
      post('wifi-pejabat-yang-tidak-terputus'),
      [],
      'ms/bahasa-yang-sama.mdx',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'translation',
        found: expect.stringContaining('a post in the same language as this one'),
      }),
    ]);
  });

  it('accepts a translation in the other language', () => {
    const { problems } = checkPost(post('choosing-a-cdn-for-a-faster-website'), [], 'ms/cdn.mdx');
    expect(problems).toEqual([]);
  });
});
