import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Source } from './rules/post-rules';
import type { ContentProblem } from '../problems/problems';
import { CONTENT_LANGUAGES, contentLanguage, languageFolder } from '../content-model/model';
import { REQUIRED_PAGES } from '../site/routes';
import { CONTENT_DIR } from '../settings';

/** Files no one means as content: hidden ones, editors' backups and the system's own. */
const IGNORED = /^\.|~$|\.(bak|swp|tmp)$|^(thumbs\.db|desktop\.ini)$/i;

function listFiles(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (IGNORED.test(name)) return [];
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [path];
    return recursive ? listFiles(path, true) : [path];
  });
}

/**
 * The posts and pages contentlayer2 builds, read as the check needs them, and a problem for each
 * file there that it would refuse or skip. Must agree with contentlayer.config.ts: posts are
 * `posts/**\/*.mdx` except "_" ones (set aside: notes, half-written posts); pages are
 * `pages/*.mdx`, top level only, and the four fixed pages must exist.
 */
export function readContentFiles(root: string): { sources: Source[]; problems: ContentProblem[] } {
  const sources: Source[] = [];
  const problems: ContentProblem[] = [];
  const contentRoot = join(root, CONTENT_DIR);
  const add = (path: string, kind: Source['kind']) =>
    sources.push({
      file: relative(root, path),
      kind,
      slug: basename(path, '.mdx'),
      lang: contentLanguage(relative(contentRoot, path)),
      text: readFileSync(path, 'utf8'),
    });

  for (const path of listFiles(join(root, CONTENT_DIR, 'posts'), true)) {
    const name = basename(path);
    // "_" posts are set aside, never built (contentlayer.config.ts), so never checked either.
    if (name.startsWith('_') && name.endsWith('.mdx')) continue;
    const wrongKind = checkFileKind(relative(root, path));
    if (wrongKind) problems.push(wrongKind);
    else add(path, 'post');
  }
  // Each language's pages: English in pages/, the others in pages/<code>/ (model.ts).
  const languageDirs = CONTENT_LANGUAGES.map(languageFolder).filter(Boolean);
  const pageFiles = listFiles(join(root, CONTENT_DIR, 'pages'), false).flatMap((path) =>
    languageDirs.includes(basename(path)) && statSync(path).isDirectory()
      ? listFiles(path, false)
      : [path],
  );
  for (const path of pageFiles) {
    const file = relative(root, path);
    if (statSync(path).isDirectory()) {
      for (const nested of listFiles(path, true))
        problems.push({
          file: relative(root, nested),
          field: 'file',
          found: `a file in a folder inside ${CONTENT_DIR}/pages, where the site does not look`,
          expected: `page files directly in ${CONTENT_DIR}/pages`,
          example: `move it to ${CONTENT_DIR}/pages/${basename(nested)}`,
        });
      continue;
    }
    const wrongKind = checkFileKind(file) ?? unknownPage(file);
    if (wrongKind) problems.push(wrongKind);
    else add(path, 'page');
  }
  for (const lang of CONTENT_LANGUAGES)
    for (const slug of REQUIRED_PAGES) {
      if (sources.some((s) => s.kind === 'page' && s.slug === slug && s.lang === lang)) continue;
      const file = [CONTENT_DIR, 'pages', languageFolder(lang), `${slug}.mdx`]
        .filter(Boolean)
        .join('/');
      const address = [languageFolder(lang), slug === 'home' ? '' : slug].filter(Boolean).join('/');
      problems.push({
        file,
        field: 'file',
        found: 'no such file: it was deleted, moved or renamed',
        expected: `${file}, which the /${address} page is built from`,
        example: `put the file back (a developer can restore it with git checkout -- ${file})`,
      });
    }
  return { sources, problems };
}

/** content/pages holds the copy of the site's fixed pages; a new file there would never show. */
function unknownPage(file: string): ContentProblem | undefined {
  const slug = basename(file, '.mdx');
  if (REQUIRED_PAGES.some((page) => page === slug)) return undefined;
  return {
    file,
    field: 'file name',
    found: `a page "${slug}", which no part of the site shows`,
    expected: `only the copy of the ${REQUIRED_PAGES.join(', ')} pages: a new page needs a developer to add it`,
    example: `write it as a blog post in ${CONTENT_DIR}/posts, or ask a developer for a new page`,
  };
}

/** The site builds posts and pages from `.mdx` files only: anything else there is never shown. */
function checkFileKind(file: string): ContentProblem | undefined {
  if (file.endsWith('.mdx')) return undefined;
  const name = basename(file);
  const textStem = name.replace(/(\.(mdx?|markdown|txt))+$/i, '');
  const stem = textStem === name ? name.replace(/\.[^.]*$/, '') : textStem;
  const isImage = /\.(png|jpe?g|webp|gif|svg|avif)$/i.test(name);
  return {
    file,
    field: 'file name',
    found: `a file named "${name}": only .mdx files become posts and pages`,
    expected: isImage
      ? `pictures saved under public/images/ (${CONTENT_DIR}/ holds only the .mdx text files)`
      : 'posts and pages saved with the extension .mdx, in lower case',
    example: isImage ? `move it to public/images/posts/${name}` : `rename it to ${stem}.mdx`,
  };
}
