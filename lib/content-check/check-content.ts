import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkBody } from './body/body';
import { readContentFiles } from './content-files';
import { PAGE_FIELDS, POST_FIELDS } from './rules/field-rules';
import { checkFields, readFrontmatter } from './frontmatter';
import { shown, type ContentProblem } from '../problems/problems';
import { pageModel, postModel } from '../content-model/model';
import { fieldProblemRenders } from './preview-tolerance';
import { pictureOutsideFolder, postPictureFolder } from './rules/admin-rules';
import { checkRedirects } from './rules/redirect-rules';
import { PLACEHOLDER_EXCERPT } from '../content-model/new-post';
import { isPreviewBuild } from '../posts/preview';
import { buildDay, visibilityRules } from '../posts/visibility';
import { checkSiteLinks, checkSiteSettings } from './check-site';
import { checkSlugs, checkTagLabels, type Parsed } from './rules/post-rules';
import { publication } from './publication';
import { checkTranslations } from './rules/translation-rules';

export type CheckResult = {
  problems: ContentProblem[];
  fileCount: number;
  /** Every address live once this content is published. */
  live: string[];
};

/**
 * Every check an editor's change must pass before the site is built, over a whole project folder
 * (content/ and public/). Pure apart from reading those files, so tests run it on fixtures.
 */
export function checkContent(
  root: string,
  today: string = buildDay(),
  preview: boolean = isPreviewBuild(),
): CheckResult {
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
    const model = source.kind === 'post' ? postModel : pageModel;
    problems.push(
      ...checkFields(
        source.file,
        frontmatter,
        source.kind === 'post' ? POST_FIELDS : PAGE_FIELDS,
      ).map((p) =>
        fieldProblemRenders(model, frontmatter.data, p.field) ? { ...p, renders: true } : p,
      ),
    );
    parsed.push({ ...source, fm: frontmatter });
  }

  const posts = parsed.filter((p) => p.kind === 'post' && !p.slug.startsWith('_'));
  problems.push(...checkSlugs(posts));
  problems.push(...checkTranslations(posts));
  for (const post of posts) {
    if (post.fm.data.draft === true || post.fm.data.excerpt !== PLACEHOLDER_EXCERPT) continue;
    problems.push({
      file: post.file,
      line: post.fm.fieldLines.get('excerpt'),
      field: 'excerpt',
      found: 'the placeholder excerpt from npm run new:post, in a post that is no longer a draft',
      expected: 'one or two sentences of your own: listings, search results and shares show them',
      example: 'excerpt: How a 12-person law firm moved its email to Microsoft 365 in one weekend.',
      renders: true,
    });
  }
  const publicFileExists = (path: string) => {
    try {
      return existsSync(join(root, 'public', decodeURI(path)));
    } catch {
      return false; // "50%-off.png" is no valid address; the path rules say what to write
    }
  };
  // A picture field (the cover) names a file of public/; a path already reported as malformed
  // gets that one message, not a second one.
  const pictureFields = Object.entries(postModel).filter(([, spec]) => spec.kind === 'image');
  for (const post of posts) {
    for (const [name, spec] of pictureFields) {
      const path = post.fm.data[name];
      const malformed = problems.some((p) => p.file === post.file && p.field === name);
      if (typeof path !== 'string' || malformed || !path.startsWith('/')) continue;
      if (!publicFileExists(path))
        problems.push({
          file: post.file,
          line: post.fm.fieldLines.get(name),
          field: name,
          found: `${shown(path)}, but there is no file public${path}`,
          expected: `the ${spec.label.toLowerCase()} saved under public/ at that path`,
          example: `save the image as public${path}, or correct the path`,
          renders: true,
        });
      const folder = postPictureFolder(post.slug);
      if (path.startsWith('/images/') && !path.startsWith(folder))
        problems.push({
          file: post.file,
          line: post.fm.fieldLines.get(name),
          field: name,
          ...pictureOutsideFolder(path, folder, name),
          renders: true,
        });
    }
  }

  const links = publication(parsed, visibilityRules(preview, today));
  const routeIsLive = (path: string) => links.live.has(path);
  // A dead menu link or an unused tag label leaves every page renderable.
  const rendering = (found: ContentProblem[]) => found.map((p) => ({ ...p, renders: true }));
  if (siteCheck.settings) {
    problems.push(...rendering(checkSiteLinks(siteCheck.settings, routeIsLive)));
    const inLanguage = (lang: string) => posts.filter((post) => post.lang === lang);
    problems.push(...rendering(checkTagLabels(siteCheck.settings.tagLabels, inLanguage('en'))));
    problems.push(
      ...rendering(
        checkTagLabels(siteCheck.settings.ms.tagLabels, inLanguage('ms'), 'ms.tagLabels'),
      ),
    );
  }
  problems.push(...checkRedirects(root, links.live));
  for (const item of parsed) {
    const body = item.text
      .split('\n')
      .slice(item.fm.bodyStartLine - 1)
      .join('\n');
    problems.push(
      ...checkBody(body, {
        file: item.file,
        lineOffset: item.fm.bodyStartLine - 1,
        ...links.linkFrom(item),
        routes: [...links.live],
        publicFileExists,
      }),
    );
  }
  return {
    problems: problems.sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    ),
    fileCount: sources.length + 1,
    live: [...links.live],
  };
}
