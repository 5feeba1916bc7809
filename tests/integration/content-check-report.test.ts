import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { readProblems } from '@/lib/problems/problems-file';
import { contentProject, removeProjects } from '../helpers/content-project';

afterAll(removeProjects);

const ROOT = process.cwd();
const POST = 'choosing-a-cdn-for-a-faster-website';

/** `npm run content:check` in a copy of the fixture site, as CI or a build runs it. */
function check(dir: string, env: Record<string, string> = {}) {
  return spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts/content-check.ts')],
    {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR,
        GITHUB_ACTIONS: '',
        SITE_PREVIEW: '',
        VERCEL_ENV: '',
        ...env,
      },
    },
  );
}

/** The fixture's CDN post with a line added at its end; returns that line's number. */
function addLine(dir: string, line: string): number {
  const file = join(dir, CONTENT_DIR, 'posts', `${POST}.mdx`);
  const text = `${readFileSync(file, 'utf8').trimEnd()}\n\n${line}\n`;
  writeFileSync(file, text);
  return text.trimEnd().split('\n').length;
}

describe('the content check’s findings, where people see them', () => {
  it('on a pull request (GITHUB_ACTIONS=true): one annotation per problem, on its file and line', () => {
    const dir = contentProject();
    const line = addLine(dir, 'See [our pricing](/pricing).');
    const result = check(dir, { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toEqual([
      `::error file=${CONTENT_DIR}/posts/${POST}.mdx,line=${line},title=Blog post “${POST}”%3A Article::Found a link to /pricing, a page that does not exist (or is a draft).%0AExpected links inside the site to point at a published page, e.g. /about, /services, /contact, /blog/<post-file-name>.%0AFix, e.g. [our services](/services)`,
    ]);
    // Elsewhere, no workflow commands in the terminal.
    expect(check(dir).stdout).not.toContain('::error');
  }, 60_000);

  it('as data for the dev panel and the admin: the admin’s field label and entry, cleared when fixed', () => {
    const dir = contentProject();
    const file = join(dir, CONTENT_DIR, 'posts', `${POST}.mdx`);
    const original = readFileSync(file, 'utf8');
    addLine(dir, 'See [our pricing](/pricing).');
    check(dir);
    expect(readProblems(CONTENT_DIR, dir)?.problems).toMatchObject([
      {
        label: 'Article',
        entry: `Blog post “${POST}”`,
        admin: `/keystatic/collection/posts/item/${POST}`,
        page: `/blog/${POST}`,
        found: 'a link to /pricing, a page that does not exist (or is a draft)',
      },
    ]);
    writeFileSync(file, original);
    expect(check(dir).status).toBe(0);
    expect(readProblems(CONTENT_DIR, dir)?.problems).toEqual([]);
  }, 60_000);

  it('a preview build goes on past problems its pages can show, leaves out a post that cannot render, and stops on a broken site.json', () => {
    const dir = contentProject();
    addLine(dir, 'See [our pricing](/pricing).');
    expect(check(dir, { SITE_PREVIEW: '1' }).status).toBe(0);
    expect(readProblems(CONTENT_DIR, dir)?.leftOut).toEqual([]);

    addLine(dir, '<Callout type="info">\n\nNever closed.');
    const unrenderable = check(dir, { SITE_PREVIEW: '1' });
    expect(unrenderable.status).toBe(0);
    expect(unrenderable.stderr).toContain(
      `left out of the preview (it cannot be shown): ${CONTENT_DIR}/posts/${POST}.mdx`,
    );
    expect(readProblems(CONTENT_DIR, dir)?.leftOut).toEqual([`${CONTENT_DIR}/posts/${POST}.mdx`]);
    // Production stops on the same tree.
    expect(check(dir).status).toBe(1);

    const site = join(dir, CONTENT_DIR, 'site.json');
    writeFileSync(site, readFileSync(site, 'utf8').replace('{', '{,'));
    const broken = check(dir, { SITE_PREVIEW: '1' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${CONTENT_DIR}/site.json`);
    expect(broken.stderr).toContain('A preview cannot be built with the problems above');
  }, 60_000);
});
