import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The tests' own site (tests/fixtures/site): settings, pages and posts that exercise every
 * feature. The suites build and serve it (CONTENT_DIR), so a marketing edit to content/ never
 * turns a test red; tests assert what this folder says.
 */
export const FIXTURE_SITE = 'tests/fixtures/site';

/** The content folder of this run: the fixture site unless CONTENT_DIR names another. */
export const contentDir = (): string => process.env.CONTENT_DIR || FIXTURE_SITE;

/** A content folder's site.json, as marketing wrote it. */
export function siteFile(dir: string = contentDir()): {
  name: string;
  phone: string;
  email: string;
  tagline: string;
  cta: { title: string; text: string; button: string; href: string };
  nav: { label: string; href: string }[];
} {
  return JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'));
}

export type PostFile = {
  slug: string;
  title: string;
  date: string;
  excerpt: string;
  tags: string[];
  draft: boolean;
  cover?: string;
};

/** Every post file of a content folder, its frontmatter read as YAML. */
export function postFiles(dir: string = contentDir()): PostFile[] {
  return readdirSync(join(dir, 'posts'))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => {
      const text = readFileSync(join(dir, 'posts', name), 'utf8');
      const data = parse(text.split(/^---$/m)[1] ?? '');
      return {
        slug: name.replace(/\.mdx$/, ''),
        title: String(data.title),
        date: String(data.date),
        excerpt: String(data.excerpt),
        tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
        draft: data.draft === true,
        cover: data.cover === undefined ? undefined : String(data.cover),
      };
    });
}
