import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../site-schema';
import { shown, type ContentProblem } from './problems';

const FILE = 'content/site.json';

function readSettings(root: string): unknown {
  return JSON.parse(readFileSync(join(root, FILE), 'utf8'));
}

/**
 * content/site.json: valid JSON, and every setting in the shape lib/site.ts expects. Returns the
 * settings too once they are valid, for the checks that need them (checkSiteLinks).
 */
export function checkSiteSettings(root: string): {
  problems: ContentProblem[];
  settings?: SiteConfig;
} {
  let data: unknown;
  try {
    data = readSettings(root);
  } catch (error) {
    const problems: ContentProblem[] = [
      {
        file: FILE,
        field: 'settings',
        found: error instanceof Error ? error.message : 'unreadable JSON',
        expected: 'valid JSON: "quoted keys", commas between entries, none after the last',
        example: '"phone": "+60 11 5624 8319",',
      },
    ];
    return { problems };
  }
  const result = siteSchema.safeParse(data);
  if (result.success) return { problems: [], settings: result.data };
  const problems = result.error.issues.map((issue): ContentProblem => {
    const path = issue.path.join('.');
    const found = issue.path.reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined,
      data,
    );
    return {
      file: FILE,
      field: path || 'settings',
      found: shown(found),
      expected: issue.message,
      example: SETTING_EXAMPLES[String(issue.path[0])] ?? 'see CONTENT.md, "Site settings"',
    };
  });
  return { problems };
}

const SETTING_EXAMPLES: Record<string, string> = {
  phone: '"phone": "+60 11 5624 8319"',
  email: '"email": "hello@your-domain.com.my"',
  timezone: '"timezone": "Asia/Kuala_Lumpur"',
  hours:
    '"hours": [{ "days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "opens": "10:00", "closes": "18:00" }]',
  nav: '"nav": [{ "label": "Blog", "href": "/blog" }]',
  social: '"social": [{ "label": "LinkedIn", "href": "https://www.linkedin.com/company/…" }]',
  address:
    '"address": { "street": "…", "locality": "Kuala Lumpur", "region": "", "postalCode": "50450", "country": "Malaysia" }',
};

/**
 * The menu and the "Find Out More" button lead to pages of this site; a renamed or mistyped
 * address would be a dead link on every page.
 */
export function checkSiteLinks(
  settings: SiteConfig,
  routeExists: (path: string) => boolean,
): ContentProblem[] {
  const links = [
    ...settings.nav.map((item, i) => ({ field: `nav.${i}.href`, href: item.href })),
    { field: 'cta.href', href: settings.cta.href },
  ];
  return links
    .filter((link) => !routeExists(link.href.replace(/(.)\/$/, '$1')))
    .map((link) => ({
      file: FILE,
      field: link.field,
      found: `"${link.href}", which is not a page of the site`,
      expected:
        'the address of an existing page, such as "/", "/services", "/about", "/blog" or "/contact"',
      example: '"href": "/contact"',
    }));
}
