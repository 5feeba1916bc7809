import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteSchema } from '../site-schema';
import { checkBody } from './body';
import { PAGE_FIELDS, POST_FIELDS } from './field-rules';
import { checkFields, readFrontmatter, type Frontmatter } from './frontmatter';
import { shown, type ContentProblem } from './problems';
import { STATIC_ROUTES } from './routes';

export type CheckResult = { problems: ContentProblem[]; fileCount: number };

type Source = { file: string; kind: 'post' | 'page'; slug: string; text: string };
type Parsed = Source & { fm: Frontmatter };

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listMdx(path);
    return name.endsWith('.mdx') ? [path] : [];
  });
}

/**
 * Every check an editor's change must pass before the site is built, over a whole project folder
 * (content/ and public/). Pure apart from reading those files, so tests run it on fixtures.
 */
export function checkContent(root: string): CheckResult {
  const rel = (path: string) => relative(root, path);
  const problems: ContentProblem[] = [];
  const sources: Source[] = [
    ...listMdx(join(root, 'content', 'posts')).map((path) => ({
      file: rel(path),
      kind: 'post' as const,
      slug: path.replace(/^.*\//, '').replace(/\.mdx$/, ''),
      text: readFileSync(path, 'utf8'),
    })),
    ...listMdx(join(root, 'content', 'pages')).map((path) => ({
      file: rel(path),
      kind: 'page' as const,
      slug: path.replace(/^.*\//, '').replace(/\.mdx$/, ''),
      text: readFileSync(path, 'utf8'),
    })),
  ];

  problems.push(...checkSiteSettings(root));

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
  const publicFileExists = (path: string) => existsSync(join(root, 'public', decodeURI(path)));
  for (const post of posts) {
    const cover = post.fm.data.cover;
    if (typeof cover === 'string' && cover.startsWith('/') && !publicFileExists(cover)) {
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
        routeExists: (path) =>
          STATIC_ROUTES.includes(path) || published.has(path) || (isDraft && drafts.has(path)),
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

/** /blog/tags lists the tags and /blog/page/2 is the blog's second page: no post may take them. */
const RESERVED_BLOG_PATHS: readonly string[] = ['tags', 'page'];

function checkSlugs(posts: Parsed[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const post of posts) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(post.slug)) {
      problems.push({
        file: post.file,
        field: 'file name',
        found: `the file name "${post.slug}.mdx"`,
        expected:
          'lowercase letters, digits and hyphens only: the file name becomes the address /blog/<file-name>',
        example: `rename it to ${post.slug
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}.mdx`,
      });
    }
    const key = post.slug.toLowerCase();
    if (RESERVED_BLOG_PATHS.includes(key)) {
      problems.push({
        file: post.file,
        field: 'file name',
        found: `the address /blog/${key}, which the site uses for its own page`,
        expected: `a file name other than ${RESERVED_BLOG_PATHS.map((name) => `${name}.mdx`).join(' or ')}`,
        example: `rename it to ${key}-post.mdx`,
      });
    }
    const other = seen.get(key);
    if (other) {
      problems.push({
        file: post.file,
        field: 'file name',
        found: `the same address /blog/${key} as ${other}`,
        expected: 'every post to have its own file name, since the file name is its address',
        example: `rename it to ${key}-2.mdx`,
      });
    } else seen.set(key, post.file);
  }
  return problems;
}

function checkSiteSettings(root: string): ContentProblem[] {
  const file = 'content/site.json';
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    return [
      {
        file,
        field: 'settings',
        found: error instanceof Error ? error.message : 'unreadable JSON',
        expected: 'valid JSON: "quoted keys", commas between entries, none after the last',
        example: '"phone": "+60 11 5624 8319",',
      },
    ];
  }
  const result = siteSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.join('.');
    const found = issue.path.reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined,
      data,
    );
    return {
      file,
      field: path || 'settings',
      found: shown(found),
      expected: issue.message,
      example: SETTING_EXAMPLES[String(issue.path[0])] ?? 'see CONTENT.md, "Site settings"',
    };
  });
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
