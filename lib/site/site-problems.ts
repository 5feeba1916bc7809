import { z } from 'zod';
import { CONTENT_DIR } from '../settings';
import { siteSchema, type SiteConfig } from './schema';
import { closest } from '../problems/closest';
import { formatProblem, shown, type ContentProblem } from '../problems/problems';

/** Where marketing edits the settings, as problems name it. */
export const SITE_FILE = `${CONTENT_DIR}/site.json`;

/** The settings once they are valid; otherwise an error in the content check's plain words. */
export function validSiteSettings(data: unknown): SiteConfig {
  const { problems, settings } = siteProblems(data);
  if (settings) return settings;
  throw new Error(
    `${SITE_FILE} has a mistake. Fix it and save; the page reloads.\n\n${problems.map(formatProblem).join('\n\n')}`,
  );
}

/**
 * Every mistake in the parsed content/site.json, in an editor's words, or the settings once they
 * are valid. Pure, so lib/site/site.ts can explain a broken file in `npm run dev` the way the content
 * check does.
 */
export function siteProblems(data: unknown): { problems: ContentProblem[]; settings?: SiteConfig } {
  const result = siteSchema.safeParse(data);
  if (result.success) return { problems: [], settings: result.data };
  const issues = result.error.issues;
  // "phon" is reported once, as a misspelt "phone", not also as a missing phone.
  const misspelt = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, nearestKey(key, issue.path)].join('.'))
        : [],
    ),
  );
  return {
    problems: issues.flatMap((issue): ContentProblem[] => {
      const path = issue.path.join('.');
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => unknownKey(issue, key));
      const found = valueAt(data, issue.path);
      if (found === undefined && misspelt.has(path)) return [];
      // A record's bad key ("SEO" in tagLabels) carries the key rule's own words inside.
      const message =
        issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      return [
        {
          file: SITE_FILE,
          field: path || 'settings',
          found:
            issue.code === 'invalid_key' ? `the key "${String(issue.path.at(-1))}"` : shown(found),
          expected: found === undefined ? `a "${String(issue.path.at(-1))}" setting` : message,
          example: SETTING_EXAMPLES[String(issue.path[0])] ?? 'see CONTENT.md, "Site settings"',
        },
      ];
    }),
  };
}

/** The settings an object at `path` may have, for did-you-mean suggestions. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = siteSchema;
  for (const key of path) {
    if (schema instanceof z.ZodObject && typeof key === 'string') {
      const field: unknown = Reflect.get(schema.shape, key);
      if (field instanceof z.ZodType) schema = field;
    } else if (schema instanceof z.ZodArray && schema.element instanceof z.ZodType) {
      schema = schema.element;
    }
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function nearestKey(key: string, path: readonly PropertyKey[]): string | undefined {
  return closest(key, knownKeys(path));
}

function unknownKey(issue: z.core.$ZodIssue, key: string): ContentProblem {
  const where = [...issue.path, key].join('.');
  const suggestion = nearestKey(key, issue.path);
  const known = knownKeys(issue.path);
  return {
    file: SITE_FILE,
    field: where,
    found: `an unknown setting "${key}", which the site would ignore`,
    expected: suggestion
      ? `"${suggestion}" (a misspelling?)`
      : `one of the settings the site reads here: ${known.map((k) => `"${k}"`).join(', ')}`,
    example: suggestion
      ? `rename "${key}" to "${suggestion}"`
      : 'remove it, or ask a developer to add the setting to the site',
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined,
    data,
  );
}

const SETTING_EXAMPLES: Record<string, string> = {
  phone: '"phone": "+60 3 1234 5678"',
  email: '"email": "hello@your-domain.com.my"',
  timezone: '"timezone": "Asia/Kuala_Lumpur"',
  hours:
    '"hours": [{ "days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "opens": "09:00", "closes": "17:30" }]',
  nav: '"nav": [{ "label": "Blog", "href": "/blog" }]',
  tagLabels: '"tagLabels": { "seo": "SEO", "wordpress": "WordPress" }',
  social: '"social": [{ "label": "LinkedIn", "href": "https://www.linkedin.com/company/…" }]',
  address:
    '"address": { "street": "…", "locality": "Kuala Lumpur", "region": "", "postalCode": "50450", "country": "Malaysia" }',
};
