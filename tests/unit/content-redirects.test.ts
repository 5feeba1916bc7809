import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { checkContent } from '@/lib/content-check/check-content';
import { formatReport } from '@/lib/problems/problems';
import { readRedirects } from '@/lib/site/redirects';
import { contentProject, removeProjects } from '../helpers/content-project';

afterAll(removeProjects);

const NEW = '/blog/choosing-a-cdn-for-a-faster-website';

/** A copy of the fixture site with these redirects recorded; returns the check's report. */
function checkWith(redirects: { from: string; to: string }[], change?: (dir: string) => void) {
  const dir = contentProject();
  writeFileSync(join(dir, CONTENT_DIR, 'redirects.json'), JSON.stringify({ redirects }));
  change?.(dir);
  const { problems } = checkContent(dir);
  return { problems, report: formatReport(problems, 1) };
}

describe('redirects (content/redirects.json, the admin’s Redirects)', () => {
  it('the fixture site’s moved posts, one in each language, are recorded and pass', () => {
    expect(readRedirects()).toEqual([
      { from: '/blog/choosing-a-cdn', to: NEW },
      { from: '/ms/blog/wifi-pejabat', to: '/ms/blog/wifi-pejabat-yang-tidak-terputus' },
    ]);
    expect(checkContent(process.cwd()).problems).toEqual([]);
  });

  it('a redirect to an address with no page is reported, with the page it probably meant', () => {
    const { problems, report } = checkWith([
      { from: '/blog/choosing-a-cdn', to: '/blog/choosing-a-cdn-for-a-faster-websit' },
    ]);
    expect(problems, report).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: `${CONTENT_DIR}/redirects.json`,
      field: 'redirects.0.to',
      example: `did you mean ${NEW}?`,
    });
    expect(report).toContain('which is not a page of the site');
  });

  it('a loop is reported', () => {
    const { problems, report } = checkWith([
      { from: '/blog/choosing-a-cdn', to: '/blog/old-cdn' },
      { from: '/blog/old-cdn', to: '/blog/choosing-a-cdn' },
    ]);
    expect(problems.length, report).toBeGreaterThan(0);
    expect(report).toContain('a loop browsers give up on');
  });

  it('a redirect from a page that exists is reported: it would hide the page', () => {
    const { report } = checkWith([
      { from: '/blog/choosing-a-cdn', to: NEW },
      { from: '/about', to: NEW },
    ]);
    expect(report).toContain('/about, which is a page of the site: the redirect would hide it');
  });

  it('a published address that disappeared without a redirect is reported, with the redirect to add', () => {
    const { problems, report } = checkWith([{ from: '/blog/choosing-a-cdn', to: NEW }], (dir) =>
      rmSync(join(dir, CONTENT_DIR, 'posts', 'buying-office-laptops-what-is-worth-paying-for.mdx')),
    );
    expect(problems, report).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `${CONTENT_DIR}/redirects.json`, renders: true });
    expect(report).toContain(
      '/blog/buying-office-laptops-what-is-worth-paying-for, published before, is no longer a page of the site and has no redirect',
    );
    // Recording the redirect clears it.
    const fixed = checkWith(
      [
        { from: '/blog/choosing-a-cdn', to: NEW },
        { from: '/blog/buying-office-laptops-what-is-worth-paying-for', to: '/blog' },
      ],
      (dir) =>
        rmSync(
          join(dir, CONTENT_DIR, 'posts', 'buying-office-laptops-what-is-worth-paying-for.mdx'),
        ),
    );
    expect(fixed.problems, fixed.report).toEqual([]);
  });
});
