import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { checkContent } from '@/lib/content-check/check-content';
import { contentProject, removeProjects } from '../helpers/content-project';

const ROOT = process.cwd();
afterEach(removeProjects);

describe('files saved the way editors save them', () => {
  /** The real content plus one file written as given, byte for byte. */
  function projectWithFile(relative: string, text: string): string {
    const dir = contentProject();
    writeFileSync(join(dir, CONTENT_DIR, relative), text);
    return dir;
  }
  const post = readFileSync(
    join(ROOT, CONTENT_DIR, 'posts', 'choosing-a-cdn-for-a-faster-website.mdx'),
    'utf8',
  );

  it('Windows line endings are reported, since the builder would read "draft: false\\r"', () => {
    const crlf = post.replace('---\n\n', 'draft: false\n---\n\n').replace(/\n/g, '\r\n');
    const { problems } = checkContent(projectWithFile('posts/from-windows.mdx', crlf));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: `${CONTENT_DIR}/posts/from-windows.mdx`,
      line: 1,
      field: 'line endings',
    });
    expect(problems[0]?.example).toMatch(/choose "LF"/);
    // The same text with Unix line endings passes.
    expect(
      checkContent(projectWithFile('posts/from-windows.mdx', crlf.replace(/\r\n/g, '\n'))).problems,
    ).toEqual([]);
  });

  it('Windows line endings in the article text alone are fine: the builder reads them', () => {
    const [head = '', body = ''] = post.split(/(?<=\n---\n)/);
    const dir = projectWithFile('posts/body-crlf.mdx', head + body.replace(/\n/g, '\r\n'));
    expect(checkContent(dir).problems).toEqual([]);
  });

  it('a byte-order mark ("UTF-8 with BOM") is read past, as the builder does', () => {
    const dir = projectWithFile('posts/with-bom.mdx', `\uFEFF${post}`);
    expect(checkContent(dir).problems).toEqual([]);
  });

  it.each([
    ['posts/my-post.md', 'rename it to my-post.mdx'],
    ['posts/my-post.MDX', 'rename it to my-post.mdx'],
    ['posts/my-post.mdx.txt', 'rename it to my-post.mdx'],
    ['posts/team-photo.jpg', 'move it to public/images/posts/team-photo.jpg'],
  ])('%s is reported, not silently left off the site', (file, fix) => {
    const { problems } = checkContent(projectWithFile(file, post));
    expect(problems.map((p) => [p.file, p.field, p.example])).toEqual([
      [`${CONTENT_DIR}/${file}`, 'file name', fix],
    ]);
  });

  it('a post set aside with "_" is neither checked nor built; other "_" files are reported', () => {
    const dir = contentProject({ wholeProject: true });
    writeFileSync(
      join(dir, CONTENT_DIR, 'posts/_ideas.mdx'),
      '---\ntitle: notes\n---\nhalf an idea {\n',
    );
    expect(checkContent(dir).problems).toEqual([]);
    // contentlayer2 skips it too: the build would not stop on a file the check let through.
    const build = () =>
      spawnSync('bash', ['-c', 'exec node_modules/.bin/contentlayer2 build 2>&1'], {
        cwd: dir,
        encoding: 'utf8',
      });
    expect(build().status).toBe(0);
    writeFileSync(join(dir, CONTENT_DIR, 'posts/_notes.md'), 'notes');
    expect(checkContent(dir).problems.map((p) => [p.file, p.example])).toEqual([
      [`${CONTENT_DIR}/posts/_notes.md`, 'rename it to _notes.mdx'],
    ]);
    expect(build().status).not.toBe(0);
  }, 60_000);

  it("editors' backups and system files are ignored; a page in a subfolder is reported", () => {
    const dir = contentProject();
    for (const name of ['Thumbs.db', 'desktop.ini', 'notes.mdx.bak', '.DS_Store'])
      writeFileSync(join(dir, CONTENT_DIR, 'posts', name), '');
    expect(checkContent(dir).problems).toEqual([]);
    mkdirSync(join(dir, CONTENT_DIR, 'pages', 'archive'));
    renameSync(
      join(dir, CONTENT_DIR, 'pages/about.mdx'),
      join(dir, CONTENT_DIR, 'pages/archive/about.mdx'),
    );
    expect(checkContent(dir).problems.map((p) => [p.file, p.example])).toEqual([
      [
        `${CONTENT_DIR}/pages/about.mdx`,
        expect.stringContaining(`git checkout -- ${CONTENT_DIR}/pages/about.mdx`),
      ],
      [`${CONTENT_DIR}/pages/archive/about.mdx`, `move it to ${CONTENT_DIR}/pages/about.mdx`],
    ]);
  });

  it('a new page file, which no part of the site would show, is reported', () => {
    const dir = contentProject();
    writeFileSync(
      join(dir, CONTENT_DIR, 'pages/pricing.mdx'),
      readFileSync(join(dir, CONTENT_DIR, 'pages/about.mdx'), 'utf8'),
    );
    expect(checkContent(dir).problems.map((p) => [p.file, p.found])).toEqual([
      [`${CONTENT_DIR}/pages/pricing.mdx`, 'a page "pricing", which no part of the site shows'],
    ]);
  });

  it('a deleted page file is named, with how to restore it', () => {
    const dir = contentProject();
    rmSync(join(dir, CONTENT_DIR, 'pages', 'about.mdx'));
    const { problems } = checkContent(dir);
    expect(problems.map((p) => [p.file, p.found])).toEqual([
      [`${CONTENT_DIR}/pages/about.mdx`, 'no such file: it was deleted, moved or renamed'],
    ]);
    expect(problems[0]?.example).toContain(`git checkout -- ${CONTENT_DIR}/pages/about.mdx`);
  });
});

describe('frontmatter slips, named as the editor made them', () => {
  const post = readFileSync(
    join(ROOT, CONTENT_DIR, 'posts', 'choosing-a-cdn-for-a-faster-website.mdx'),
    'utf8',
  );
  function check(frontmatterEdit: (text: string) => string) {
    const dir = contentProject();
    writeFileSync(join(dir, CONTENT_DIR, 'posts', 'slip.mdx'), frontmatterEdit(post));
    return checkContent(dir).problems;
  }

  it("an apostrophe inside 'single quotes' gets one message with the line rewritten", () => {
    const problems = check((t) => t.replace(/^title: .*$/m, "title: 'We're moving: new office'"));
    expect(problems.map((p) => [p.line, p.field, p.example])).toEqual([
      [2, 'title', 'title: "We\'re moving: new office"'],
    ]);
  });

  it('a value starting with # is explained, not reported as a missing field', () => {
    const problems = check((t) => t.replace(/^title: .*$/m, 'title: #1 CDN provider'));
    expect(problems.map((p) => [p.line, p.field, p.example])).toEqual([
      [2, 'title', 'title: "#1 …"'],
    ]);
    expect(problems[0]?.found).toMatch(/reads as a comment/);
  });

  it('a field written twice is named', () => {
    const problems = check((t) => t.replace(/^(title: .*)$/m, '$1\ntitle: Another title'));
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([
      [3, 'title', 'a second "title" field'],
    ]);
  });
});

describe('cover paths', () => {
  const post = readFileSync(
    join(ROOT, CONTENT_DIR, 'posts', 'choosing-a-cdn-for-a-faster-website.mdx'),
    'utf8',
  );
  function checkCover(cover: string) {
    const dir = contentProject();
    writeFileSync(
      join(dir, CONTENT_DIR, 'posts', 'cover.mdx'),
      post.replace(/^cover: .*$/m, `cover: ${cover}`),
    );
    return checkContent(dir).problems;
  }

  it.each(['/images/posts/50%-off.png', '/images/posts/IMG_1234.JPG'])(
    '%s gets one message about its name, never a crash or a second "no file"',
    (cover) => {
      const problems = checkCover(cover);
      expect(problems.map((p) => p.field)).toEqual(['cover']);
      expect(problems[0]?.found).not.toMatch(/there is no file/);
    },
  );
});
