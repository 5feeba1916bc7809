/**
 * The content check's problems as the site's dev panel and the admin's problem list show them:
 * which entry of the admin holds the problem, the field as the admin labels it, and the page it
 * shows on. Written by `npm run content:check` (problems-file.ts), never computed by a page.
 */
import { basename } from 'node:path';
import { CONTENT_DIR } from '../settings';
import { pagePath, postPath, REQUIRED_PAGES } from '../site/routes';
import { pageModel, postModel, type Model } from '../content-model/model';
import type { ContentProblem } from '../problems/problems';
import { siteLabel } from '../editor/site-labels';
import type { ListedProblem } from '../problems/problems-report';

type Entry = { entry: string; admin?: string; page?: string; model?: Model; body?: string };

function entryOf(file: string): Entry {
  const slug = basename(file, '.mdx');
  if (file.startsWith(`${CONTENT_DIR}/posts/`) && file.endsWith('.mdx'))
    return {
      entry: `Blog post “${slug}”`,
      admin: `/keystatic/collection/posts/item/${slug}`,
      page: postPath(slug),
      model: postModel,
      body: 'Article',
    };
  const page = REQUIRED_PAGES.find((name) => file === `${CONTENT_DIR}/pages/${name}.mdx`);
  if (page)
    return {
      entry: `Page “${page}”`,
      admin: `/keystatic/collection/pages/item/${page}`,
      page: pagePath(page),
      model: pageModel,
      body: 'Page text',
    };
  if (file === `${CONTENT_DIR}/site.json`)
    return { entry: 'Site settings', admin: '/keystatic/singleton/site' };
  if (file === `${CONTENT_DIR}/redirects.json`)
    return { entry: 'Redirects', admin: '/keystatic/singleton/redirects' };
  return { entry: file };
}

/** "nav.0.href" → "Menu › 1 › Link to"; "cover" → "Cover picture"; "body" → "Article". */
function labelOf(field: string, entry: Entry): string {
  if (field === 'body' && entry.body) return entry.body;
  const spec = entry.model?.[field];
  if (spec) return spec.label;
  if (entry.model) return field.charAt(0).toUpperCase() + field.slice(1);
  return field
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : siteLabel(part)))
    .join(' › ');
}

export function listProblems(problems: readonly ContentProblem[]): ListedProblem[] {
  return problems.map((problem) => {
    const entry = entryOf(problem.file);
    return {
      ...problem,
      renders: problem.renders === true,
      entry: entry.entry,
      label: labelOf(problem.field, entry),
      ...(entry.admin && { admin: entry.admin }),
      ...(entry.page && { page: entry.page }),
    };
  });
}
