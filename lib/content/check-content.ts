import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkBody } from './body';
import { readContentFiles } from './content-files';
import { PAGE_FIELDS, POST_FIELDS } from './field-rules';
import { checkFields, readFrontmatter } from './frontmatter';
import { shown, type ContentProblem } from './problems';
import { PLACEHOLDER_EXCERPT } from './new-post';
import { STATIC_ROUTES } from '../routes';
import { checkSiteLinks, checkSiteSettings } from './check-site';
import { checkSlugs, checkTagLabels, type Parsed } from './post-rules';

export type CheckResult = { problems: ContentProblem[]; fileCount: number };

/**
 * Every check an editor's change must pass before the site is built, over a whole project folder
 * (content/ and public/). Pure apart from reading those files, so tests run it on fixtures.
 */
export function checkContent(root: string): CheckResult {
  const problems: ContentProblem[] = [];
  const files = readContentFiles(root);
  const sources = files.sources;
  problems.push(...files.problems);

  const siteCheck = checkSiteSettings(root);
  problems.push(...siteCheck.problems);

  const parsed: Parsed[] = [];
  for (const source of sources) {
    const { frontmatter, problems: yamlProblems } = readFrontmatter(source.file, source.text);
    problems.push(...yamlProblems);
    if (!frontmatter) continue;
    problems.push(
      ...checkFields(source.file, frontmatter, source.kind === 'post' ? POST_FIELDS : PAGE_FIELDS),
    );
    parsed.push({ ...source, fm: frontmatter });
  }

  const posts = parsed.filter((p) => p.kind === 'post' && !p.slug.startsWith('_'));
  problems.push(...checkSlugs(posts));
  for (const post of posts) {
    if (post.fm.data.draft === true || post.fm.data.excerpt !== PLACEHOLDER_EXCERPT) continue;
    problems.push({
      file: post.file,
      line: post.fm.fieldLines.get('excerpt'),
      field: 'excerpt',
      found: 'the placeholder excerpt from npm run new:post, in a post that is no longer a draft',
      expected: 'one or two sentences of your own: listings, search results and shares show them',
      example: 'excerpt: How a 12-person law firm moved its email to Microsoft 365 in one weekend.',
    });
  }
  const publicFileExists = (path: string) => {
    try {
      return existsSync(join(root, 'public', decodeURI(path)));
    } catch {
      return false; // "50%-off.png" is no valid address; the path rules say what to write
    }
  };
  for (const post of posts) {
    const cover = post.fm.data.cover;
    // A cover path already reported as malformed gets that one message, not a second one.
    const malformed = problems.some((p) => p.file === post.file && p.field === 'cover');
    if (
      typeof cover === 'string' &&
      !malformed &&
      cover.startsWith('/') &&
      !publicFileExists(cover)
    ) {
      problems.push({
        file: post.file,
        line: post.fm.fieldLines.get('cover'),
        field: 'cover',
        found: `${shown(cover)}, but there is no file public${cover}`,
        expected: 'the cover image saved under public/ at that path',
        example: `save the image as public${cover}, or correct the path`,
      });
    }
  }

  const published = new Set(
    posts.filter((p) => p.fm.data.draft !== true).map((p) => `/blog/${p.slug}`),
  );
  const drafts = new Set(
    posts.filter((p) => p.fm.data.draft === true).map((p) => `/blog/${p.slug}`),
  );
  // A tag page exists once a published post carries the tag.
  for (const post of posts) {
    const tags = post.fm.data.tags;
    if (post.fm.data.draft !== true && Array.isArray(tags))
      for (const tag of tags) published.add(`/blog/tags/${String(tag)}`);
  }
  const routeIsLive = (path: string) => STATIC_ROUTES.includes(path) || published.has(path);
  if (siteCheck.settings) problems.push(...checkSiteLinks(siteCheck.settings, routeIsLive));
  if (siteCheck.settings) problems.push(...checkTagLabels(siteCheck.settings.tagLabels, posts));
  for (const item of parsed) {
    const isDraft = item.fm.data.draft === true;
    const body = item.text
      .split('\n')
      .slice(item.fm.bodyStartLine - 1)
      .join('\n');
    problems.push(
      ...checkBody(body, {
        file: item.file,
        lineOffset: item.fm.bodyStartLine - 1,
        routeExists: (path) => routeIsLive(path) || (isDraft && drafts.has(path)),
        routes: [...STATIC_ROUTES, ...published],
        publicFileExists,
      }),
    );
  }
  return {
    problems: problems.sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    ),
    fileCount: sources.length + 1,
  };
}
