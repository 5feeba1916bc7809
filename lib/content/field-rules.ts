import { z } from 'zod';
import { imagePath } from './image-path-field';

/**
 * What each frontmatter field of a post or page may hold, and the example an editor is shown when
 * it is missing or wrong. The messages are the "expected" half of a content problem.
 */
type FieldRule = { schema: z.ZodType; required: boolean; example: string };
export type FieldRules = Record<string, FieldRule>;

const isoDay = z
  .string('a date written YYYY-MM-DD')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'a real calendar date written YYYY-MM-DD',
  );

const text = (min: number, max: number, what: string) =>
  z
    .string(`${what} (text)`)
    .trim()
    .min(min, `${what}, at least ${min} characters`)
    .max(max, `${what}, at most ${max} characters`);

const tag = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'tags in lowercase letters and digits joined by hyphens, like "web-performance"',
  );

export const POST_FIELDS: FieldRules = {
  title: {
    schema: text(5, 120, 'a title'),
    required: true,
    example: 'title: How we moved a law firm to Microsoft 365',
  },
  date: { schema: isoDay, required: true, example: 'date: 2026-11-28' },
  updated: { schema: isoDay, required: false, example: 'updated: 2026-11-28' },
  excerpt: {
    schema: text(40, 220, 'one or two sentences'),
    required: true,
    example: 'excerpt: One or two sentences that make a reader want to open the post.',
  },
  tags: {
    schema: z
      .array(tag, 'a list of tags in square brackets')
      .min(1, 'at least one tag')
      .max(6, 'at most 6 tags'),
    required: true,
    example: 'tags: [security, microsoft]',
  },
  cover: {
    schema: imagePath('cover'),
    required: true,
    example: 'cover: /images/posts/my-post.png   (the file goes in public/images/posts/)',
  },
  coverAlt: {
    schema: text(10, 200, 'a description of the cover image for people who cannot see it'),
    required: true,
    example: 'coverAlt: A cracked shield in front of an email envelope',
  },
  author: {
    schema: text(2, 80, 'the author’s name'),
    required: true,
    example: 'author: Snynet Solution',
  },
  source: {
    schema: text(3, 160, 'where the story comes from'),
    required: false,
    example: 'source: Via KrebsOnSecurity / Reuters',
  },
  draft: { schema: z.boolean('true or false'), required: false, example: 'draft: true' },
};

export const PAGE_FIELDS: FieldRules = {
  title: { schema: text(2, 70, 'a short page title'), required: true, example: 'title: About us' },
  description: {
    schema: text(20, 200, 'a one-sentence description for search engines'),
    required: true,
    example: 'description: Who we are and how we work.',
  },
  heading: {
    schema: text(2, 120, 'the big heading at the top of the page'),
    required: true,
    example: 'heading: About Snynet Solution',
  },
  lead: {
    schema: text(10, 300, 'the sentence under the heading'),
    required: false,
    example: 'lead: We are an IT solutions company in Malaysia.',
  },
};
