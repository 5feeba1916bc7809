/**
 * The redirects marketing records when a post moves (content/redirects.json, the admin's
 * "Redirects"): each from an address that no longer has a page to one that has, without loops;
 * and every address published at the last release (content/published.json) still answers,
 * as a page or through a redirect, so links from elsewhere and search results keep working.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../settings';
import { SITE_PATH } from '../../site/redirect-path';
import { REDIRECTS_FILE } from '../../site/redirects';
import { closest } from '../../problems/closest';
import type { ContentProblem } from '../../problems/problems';

/** The addresses published at the last release, written by `npm run content:published`. */
export const PUBLISHED_FILE = 'published.json';

type Redirect = { from: string; to: string };

function readJson(path: string): { data?: unknown; error?: string } {
  if (!existsSync(path)) return {};
  try {
    return { data: JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'unreadable JSON' };
  }
}

const EXAMPLE = '{ "from": "/blog/old-post", "to": "/blog/new-post" }';

export function checkRedirects(root: string, live: ReadonlySet<string>): ContentProblem[] {
  const file = `${CONTENT_DIR}/${REDIRECTS_FILE}`;
  const problems: ContentProblem[] = [];
  const report = (field: string, found: string, expected: string, example: string) =>
    problems.push({ file, field, found, expected, example, renders: true });
  const { data, error } = readJson(join(root, file));
  if (error) {
    problems.push({
      file,
      field: 'redirects',
      found: error,
      expected: 'valid JSON, as the admin’s Redirects page writes it',
      example: `{ "redirects": [${EXAMPLE}] }`,
    });
    return problems;
  }
  const raw: unknown[] =
    typeof data === 'object' &&
    data !== null &&
    'redirects' in data &&
    Array.isArray(data.redirects)
      ? data.redirects
      : [];
  const redirects: Redirect[] = [];
  raw.forEach((entry, i) => {
    const from =
      typeof entry === 'object' && entry !== null && 'from' in entry ? entry.from : undefined;
    const to = typeof entry === 'object' && entry !== null && 'to' in entry ? entry.to : undefined;
    for (const [key, value] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (typeof value !== 'string' || !SITE_PATH.test(value))
        report(
          `redirects.${i}.${key}`,
          `${JSON.stringify(value ?? '')}, which is not an address of this site`,
          'an address of this site starting with "/", like /blog/my-post, without the domain',
          EXAMPLE,
        );
    if (
      typeof from === 'string' &&
      typeof to === 'string' &&
      SITE_PATH.test(from) &&
      SITE_PATH.test(to)
    )
      redirects.push({ from, to });
  });
  const target = new Map(redirects.map((r) => [r.from, r.to]));
  redirects.forEach(({ from, to }, i) => {
    if (live.has(from))
      report(
        `redirects.${i}.from`,
        `${from}, which is a page of the site: the redirect would hide it`,
        'an old address that no longer has a page',
        'remove this redirect, or the page it hides',
      );
    const seen = new Set([from]);
    let end = to;
    while (target.has(end) && !seen.has(end)) {
      seen.add(end);
      end = target.get(end) ?? end;
    }
    if (seen.has(end))
      report(
        `redirects.${i}.to`,
        `${from} → ${to}, which leads back to ${end}: a loop browsers give up on`,
        'every redirect to end at a page of the site',
        `point ${from} straight at the page that replaced it`,
      );
    else if (!live.has(end)) {
      const guess = closest(end, [...live]);
      report(
        `redirects.${i}.to`,
        `${from} → ${end}, which is not a page of the site`,
        'a new address that is a published page',
        guess ? `did you mean ${guess}?` : EXAMPLE,
      );
    }
  });
  const { data: published } = readJson(join(root, CONTENT_DIR, PUBLISHED_FILE));
  const addresses = Array.isArray(published) ? published.filter((a) => typeof a === 'string') : [];
  for (const address of addresses) {
    if (live.has(address) || target.has(address)) continue;
    const guess = closest(
      address,
      [...live].filter((path) => path.startsWith('/blog/')),
    );
    report(
      'redirects',
      `${address}, published before, is no longer a page of the site and has no redirect: links to it from other sites and search results would end on "page not found"`,
      'a redirect from the old address to the page that replaced it (or to /blog)',
      `{ "from": "${address}", "to": "${guess ?? '/blog'}" }`,
    );
  }
  return problems;
}
