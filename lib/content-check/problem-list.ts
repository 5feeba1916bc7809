/**
 * The content check's problems as the site's dev panel and the admin's problem list show them:
 * which entry of the admin holds the problem, the field as the admin labels it, and the page it
 * shows on. Written by `npm run content:check` (problems-file.ts), never computed by a page.
 */
import { basename, relative } from 'node:path';
import { CONTENT_DIR } from '../settings';
import { pagePath, postPath, REQUIRED_PAGES } from '../site/routes';
import {
  contentLanguage,
  languageFolder,
  pageModel,
  postModel,
  type Model,
} from '../content-model/model';
import { DEFAULT_LOCALE, LANGUAGE_NAME, type Locale } from '../i18n/locales';
import type { ContentProblem } from '../problems/problems';
import { siteLabel } from '../editor/site-labels';
import type { ListedProblem } from '../problems/problems-report';

type Entry = { entry: string; admin?: string; page?: string; model?: Model; body?: string };

/** The admin's collection of a language's posts or pages (keystatic.config.tsx names them so). */
const collectionOf = (kind: 'posts' | 'pages', lang: Locale) =>
  lang === DEFAULT_LOCALE ? kind : `${kind}-${lang}`;

function entryOf(file: string): Entry {
  const slug = basename(file, '.mdx');
  const lang = contentLanguage(relative(CONTENT_DIR, file));
  const folder = (kind: 'posts' | 'pages') =>
    [CONTENT_DIR, kind, languageFolder(lang)].filter(Boolean).join('/');
  const suffix = lang === DEFAULT_LOCALE ? '' : ` (${LANGUAGE_NAME[lang]})`;
  if (file === `${folder('posts')}/${slug}.mdx`)
    return {
      entry: `Blog post “${slug}”${suffix}`,
      admin: `/keystatic/collection/${collectionOf('posts', lang)}/item/${slug}`,
      page: postPath(slug, lang),
      model: postModel,
      body: 'Article',
    };
  const page = REQUIRED_PAGES.find((name) => file === `${folder('pages')}/${name}.mdx`);
  if (page)
    return {
      entry: `Page “${page}”${suffix}`,
      admin: `/keystatic/collection/${collectionOf('pages', lang)}/item/${page}`,
      page: pagePath(page, lang),
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
