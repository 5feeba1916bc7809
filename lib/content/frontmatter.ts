import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { shown, type ContentProblem } from './problems';

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
    schema: z
      .string('a path starting with /images/')
      .regex(
        /^\/images\/[\w\-/.]+\.(svg|png|jpe?g|webp|avif)$/,
        'a path starting with /images/ and ending in .svg, .png, .jpg, .webp or .avif',
      ),
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

export type Frontmatter = {
  data: Record<string, unknown>;
  bodyStartLine: number;
  fieldLines: Map<string, number>;
};

/** Splits "---\nyaml\n---\nbody"; reports YAML mistakes with their line in the file. */
export function readFrontmatter(
  file: string,
  source: string,
): { frontmatter?: Frontmatter; problems: ContentProblem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          found: 'no frontmatter block at the top of the file',
          expected: 'the file to start with a line "---", the fields, then another "---"',
          example: '---\ntitle: My post\ndate: 2026-11-28\n…\n---',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: 1 + lineCounter.linePos(error.pos[0]).line,
        field: 'frontmatter',
        found: error.message.split('\n')[0] ?? 'a YAML syntax error',
        expected:
          'one "field: value" per line; put quotes around values containing ": " or starting with [ or {',
        example: 'title: "Buy Windows 10: the cheapest prices"',
      })),
    };
  }
  const fieldLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range)
        fieldLines.set(String(pair.key.value), 1 + lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  const data = doc.toJS() as unknown;
  const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
  return {
    frontmatter: {
      data: isRecord ? Object.fromEntries(Object.entries(data)) : {},
      bodyStartLine: source.slice(0, match[0].length).split('\n').length,
      fieldLines,
    },
    problems: [],
  };
}

/** Required, unknown and malformed fields, each with its own message. */
export function checkFields(file: string, fm: Frontmatter, rules: FieldRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const value = fm.data[name];
    if (value === undefined || value === null || value === '') {
      if (rule.required) {
        problems.push({
          file,
          line: fm.fieldLines.get(name) ?? 1,
          field: name,
          found: shown(value),
          expected: `a "${name}" field — it is required`,
          example: rule.example,
        });
      }
      continue;
    }
    const result = rule.schema.safeParse(value);
    if (!result.success) {
      problems.push({
        file,
        line: fm.fieldLines.get(name),
        field: name,
        found: shown(value),
        expected: result.error.issues[0]?.message ?? 'a valid value',
        example: rule.example,
      });
    }
  }
  for (const name of Object.keys(fm.data)) {
    if (name in rules) continue;
    const suggestion = closest(name, Object.keys(rules));
    problems.push({
      file,
      line: fm.fieldLines.get(name),
      field: name,
      found: `an unknown field "${name}"`,
      expected: `only these fields: ${Object.keys(rules).join(', ')}`,
      example: suggestion ? `rename it to "${suggestion}"` : 'remove the line',
    });
  }
  return problems;
}

function closest(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min(
          (row[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          previous + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
        );
        previous = current;
      }
    }
    return row[b.length] ?? Infinity;
  };
  const best = candidates.map((c) => ({ c, d: distance(word, c) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 3 ? best.c : undefined;
}
