import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CONTENT_DIR } from '@/lib/settings';
import { checkContent } from '@/lib/content-check/check-content';
import { formatReport, type ContentProblem } from '@/lib/problems/problems';
import { projectCopy } from './project-copy';

const ROOT = process.cwd();
const EDITOR_POST_COVER = 'public/images/posts/fixture/cdn-cover.svg';
const projects: string[] = [];

/** Frontmatter that passes every field rule, so a test post's problems are its body's own. */
export const FRONTMATTER = `---
title: A perfectly fine title for a test post
date: 2021-05-01
excerpt: An excerpt that is long enough to pass the length check for excerpts.
tags: [security]
cover: /images/posts/editor-post/cover.svg
coverAlt: A purple map with lines joining servers to phones
author: Fixture Editorial Desk
---
`;

/** Line of the file where a body passed to checkPost starts (after the frontmatter). */
export const BODY_LINE = FRONTMATTER.split('\n').length;

/**
 * A copy of the fixture site and public/ with one more post, written as an editor would, and
 * extra files in public/ (e.g. a picture whose name has a space). Returns the check's problems.
 */
export function checkPost(
  source: string,
  extraPublicFiles: readonly string[] = [],
  name = 'editor-post.mdx',
): { problems: ContentProblem[]; file: string; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'content-body-'));
  projects.push(dir);
  cpSync(join(ROOT, CONTENT_DIR), join(dir, CONTENT_DIR), { recursive: true });
  cpSync(join(ROOT, 'public'), join(dir, 'public'), { recursive: true });
  // The cover of FRONTMATTER, in the post's own folder (its file name), where the admin keeps it.
  const slug = basename(name, '.mdx');
  mkdirSync(join(dir, 'public/images/posts', slug));
  cpSync(join(ROOT, EDITOR_POST_COVER), join(dir, 'public/images/posts', slug, 'cover.svg'));
  for (const path of extraPublicFiles) writeFileSync(join(dir, 'public', path), '<svg/>');
  writeFileSync(
    join(dir, CONTENT_DIR, 'posts', name),
    source.replace('/images/posts/editor-post/cover.svg', `/images/posts/${slug}/cover.svg`),
  );
  const { problems } = checkContent(dir);
  return { problems, file: `${CONTENT_DIR}/posts/${name}`, report: formatReport(problems, 1) };
}

/**
 * A clean copy of the fixture site (public/ linked) to break one thing in; `wholeProject` copies
 * the whole project instead (node_modules linked), for running contentlayer2 on it too.
 */
export function contentProject({ wholeProject = false } = {}): string {
  if (wholeProject) {
    const dir = projectCopy('content-project-');
    projects.push(dir);
    return dir;
  }
  const dir = mkdtempSync(join(tmpdir(), 'content-project-'));
  projects.push(dir);
  cpSync(join(ROOT, CONTENT_DIR), join(dir, CONTENT_DIR), { recursive: true });
  symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
  return dir;
}

export function removeProjects(): void {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
}
