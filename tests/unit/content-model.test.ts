import { afterAll, describe, expect, it } from 'vitest';
import { fieldRules } from '@/lib/content-check/rules/field-rules';
import { isAlwaysPresent, postModel, type FieldSpec, type Model } from '@/lib/content-model/model';
import { contentlayerFields } from '@/lib/content-model/model-contentlayer';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { summariesIn } from '@/lib/i18n/posts';
import type { PostSummary } from '@/lib/posts/posts';
import { rankRelated } from '@/lib/posts/related';
import { postMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site/site';
import { checkPost, removeProjects } from '../helpers/content-project';

afterAll(removeProjects);

const BODY = '\nA short body for the test post.\n';
const frontmatter = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n${BODY}`;
const NEEDED = [
  'title: A post with only what it needs',
  'date: 2021-05-01',
  'excerpt: An excerpt that is long enough to pass the length check for excerpts.',
];

describe('the content model', () => {
  it('a post needs only a title, a date and an excerpt', () => {
    expect(checkPost(frontmatter(...NEEDED)).problems).toEqual([]);
    // Each of the three is still required, with the model's example.
    for (const line of NEEDED) {
      const { problems } = checkPost(frontmatter(...NEEDED.filter((l) => l !== line)));
      const field = line.split(':')[0] ?? '';
      expect(problems.map((p) => [p.field, p.expected])).toEqual([
        [field, `a "${field}" field — it is required`],
      ]);
    }
  });

  it('a cover of your own needs its description; a description without a cover is reported', () => {
    const cover = 'cover: /images/posts/editor-post/cover.svg';
    const described = 'coverAlt: A world map with connected server nodes';
    expect(checkPost(frontmatter(...NEEDED, cover, described)).problems).toEqual([]);
    expect(checkPost(frontmatter(...NEEDED, cover)).problems.map((p) => p.expected)).toEqual([
      'a "coverAlt" field — it is required with "cover"',
    ]);
    expect(checkPost(frontmatter(...NEEDED, described)).problems.map((p) => p.found)).toEqual([
      'a "coverAlt" line but no "cover", the field it goes with',
    ]);
  });

  it('an empty optional field is reported, since the site would show it empty', () => {
    const { problems } = checkPost(frontmatter(...NEEDED, 'author: ""'));
    expect(problems.map((p) => [p.field, p.expected])).toEqual([
      ['author', 'a value, or no "author" line at all (left out: the company’s name)'],
    ]);
  });

  it('turns a field spec into the check’s rule and contentlayer’s field', () => {
    const model = {
      code: {
        kind: 'text',
        label: 'Code',
        message: 'a short code',
        example: 'code: AB12',
        min: 2,
        max: 4,
        pattern: { regex: /^[A-Z0-9]+$/, message: 'capital letters and digits' },
        default: { site: 'name' },
      },
      labels: { kind: 'tags', label: 'Labels', message: 'a list', example: 'labels: [a]', max: 1 },
    } as const satisfies Model;
    const rules = fieldRules(model);
    const says = (name: string, value: unknown) =>
      rules[name]?.schema.safeParse(value).error?.issues[0]?.message;
    expect(says('code', 'A')).toBe('a short code, at least 2 characters');
    expect(says('code', 'ABCDE')).toBe('a short code, at most 4 characters');
    expect(says('code', 'ab')).toBe('capital letters and digits');
    expect(says('code', 'AB12')).toBeUndefined();
    expect(says('labels', ['a', 'b'])).toBe('at most 1 tags');
    expect(rules.code?.required).toBe(false);

    const fields = contentlayerFields(model, {
      name: 'Acme',
      shareImage: '/x.png',
      shareImageAlt: 'X',
    });
    expect(fields.code).toMatchObject({ type: 'string', required: false, default: 'Acme' });
    expect(fields.labels).toMatchObject({ type: 'list', of: { type: 'string' }, required: false });
    expect(fields.labels).not.toHaveProperty('default');
  });

  it('gives every post each field that is required or has a default', () => {
    const production = { includeDrafts: false, today: '2026-11-28' };
    const present = Object.entries<FieldSpec>(postModel).filter(([, spec]) =>
      isAlwaysPresent(spec),
    );
    for (const post of summariesIn('en', production))
      for (const [name] of present) expect(post, post.slug).toHaveProperty(name);
  });
});

describe('a post without tags', () => {
  const [first, second] = summariesIn('en', { includeDrafts: false, today: '2026-11-28' });
  if (!first || !second) throw new Error('the seed content needs two posts');
  const untagged: PostSummary = { ...first, tags: [] };

  it('has no keywords in its metadata or JSON-LD rather than empty ones', () => {
    expect(postMetadata(untagged, site, 'en-MY').keywords).toBeUndefined();
    expect(blogPostingJsonLd(untagged, site, 'https://x.example')).not.toHaveProperty('keywords');
  });

  it('still gets related posts, by its words', () => {
    const withText = (post: PostSummary, plainText: string) => ({ ...post, plainText });
    const related = rankRelated(
      withText(untagged, 'exchange servers breach email'),
      [withText(second, 'exchange servers breach email attack'), withText(first, 'other')],
      1,
    );
    expect(related.map((p) => p.slug)).toEqual([second.slug]);
  });
});
