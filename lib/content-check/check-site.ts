import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfig } from '../site/schema';
import type { ContentProblem } from '../problems/problems';
import { SITE_FILE, siteProblems } from '../site/site-problems';

/**
 * content/site.json: valid JSON, and every setting in the shape lib/site/site.ts expects. Returns the
 * settings too once they are valid, for the checks that need them (checkSiteLinks).
 */
export function checkSiteSettings(root: string): {
  problems: ContentProblem[];
  settings?: SiteConfig;
} {
  // JSON.parse trips on the byte-order mark Notepad's "UTF-8 with BOM" puts first.
  const text = readFileSync(join(root, SITE_FILE), 'utf8').replace(/^\uFEFF/, '');
  try {
    return siteProblems(JSON.parse(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unreadable JSON';
    // V8 says where it stopped reading as a character position; editors count lines. It stops
    // at the token after the slip, so a missing or extra comma is on the line before when
    // nothing but spaces precede that token on its own line.
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : slipLine(text, Number(position));
    const at = line === undefined ? '' : ` at the end of line ${line}`;
    // The two slips editors make most, named; anything else keeps the parser's words.
    const [found, example] = /Expected double-quoted property name/.test(message)
      ? [`a comma${at} with no setting after it`, `remove the comma${at}`]
      : /Expected ',' or '[}\]]' after/.test(message)
        ? [`no comma${at}, before the next setting`, `add a comma${at}`]
        : [message.replace(/ in JSON at position \d+.*$/, ''), '"phone": "+60 3 1234 5678",'];
    return {
      problems: [
        {
          file: SITE_FILE,
          line,
          field: 'settings',
          found,
          expected: 'valid JSON: "quoted keys", commas between entries, none after the last',
          example,
        },
      ],
    };
  }
}

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
    ...settings.ms.nav.map((item, i) => ({ field: `ms.nav.${i}.href`, href: item.href })),
    { field: 'ms.cta.href', href: settings.ms.cta.href },
  ];
  return links
    .filter((link) => !routeExists(link.href.replace(/(.)\/$/, '$1')))
    .map((link) => ({
      file: SITE_FILE,
      field: link.field,
      found: `"${link.href}", which is not a page of the site`,
      expected:
        'the address of an existing page, such as "/", "/services", "/about", "/blog" or "/contact"',
      example: '"href": "/contact"',
    }));
}

function slipLine(text: string, position: number): number {
  // The last line with anything on it before the parser stopped.
  const index = text
    .slice(0, position)
    .split('\n')
    .findLastIndex((line) => line.trim() !== '');
  return Math.max(index, 0) + 1;
}
