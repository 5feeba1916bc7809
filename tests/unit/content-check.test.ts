import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { checkContent } from '@/lib/content-check/check-content';
import { formatReport } from '@/lib/problems/problems';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'broken-posts');
const projects: string[] = [];

/** A copy of the real content with one broken post added, as an editor would leave it. */
function projectWith(fixture: string, as = fixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  projects.push(dir);
  cpSync(join(ROOT, CONTENT_DIR), join(dir, CONTENT_DIR), { recursive: true });
  symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
  const target = join(dir, CONTENT_DIR, 'posts', as);
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(join(FIXTURES, fixture), target);
  return dir;
}

afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CASES: Array<{ fixture: string; field: string; line?: number; mentions: RegExp }> = [
  { fixture: 'missing-title.mdx', field: 'title', mentions: /required/ },
  { fixture: 'bad-date.mdx', field: 'date', line: 3, mentions: /YYYY-MM-DD/ },
  { fixture: 'impossible-date.mdx', field: 'date', line: 3, mentions: /real calendar date/ },
  { fixture: 'bad-tag.mdx', field: 'tags', line: 5, mentions: /lowercase/ },
  { fixture: 'short-excerpt.mdx', field: 'excerpt', line: 4, mentions: /at least 40 characters/ },
  {
    fixture: 'missing-cover-file.mdx',
    field: 'cover',
    line: 6,
    mentions: /public\/images\/posts\/does-not-exist\.png/,
  },
  { fixture: 'missing-cover-alt.mdx', field: 'coverAlt', mentions: /required/ },
  { fixture: 'image-without-alt.mdx', field: 'body', line: 13, mentions: /image without alt text/ },
  {
    fixture: 'figure-without-alt.mdx',
    field: 'body',
    line: 13,
    mentions: /<Figure> without alt text/,
  },
  {
    fixture: 'broken-internal-link.mdx',
    field: 'body',
    line: 11,
    mentions: /\/pricing, a page that does not exist/,
  },
  {
    fixture: 'invalid-mdx.mdx',
    field: 'body',
    line: 13,
    mentions: /closing tag for `<Callout>` \(line 13\)/,
  },
  { fixture: 'unknown-component.mdx', field: 'body', line: 13, mentions: /<Calluot>/ },
  { fixture: 'unknown-field.mdx', field: 'titel', line: 9, mentions: /rename it to "title"/ },
  { fixture: 'yaml-error.mdx', field: 'frontmatter', line: 2, mentions: /quotes/ },
  { fixture: 'draft-not-boolean.mdx', field: 'draft', line: 9, mentions: /true or false/ },
  { fixture: 'Bad File Name.mdx', field: 'file name', mentions: /rename it to bad-file-name\.mdx/ },
  {
    fixture: 'remote-image.mdx',
    field: 'body',
    line: 13,
    mentions: /picture from another website/,
  },
  { fixture: 'figure-bad-size.mdx', field: 'body', line: 13, mentions: /whole number of pixels/ },
  { fixture: 'curly-braces.mdx', field: 'body', line: 13, mentions: /\{price\} in the text/ },
  { fixture: 'vague-alt.mdx', field: 'body', line: 13, mentions: /alt text "image"/ },
  {
    fixture: 'updated-before-date.mdx',
    field: 'updated',
    line: 4,
    mentions: /on or after its date/,
  },
];

describe('content check: one broken post per rule', () => {
  it('passes the real content', () => {
    const { problems } = checkContent(ROOT);
    expect(problems).toEqual([]);
  });

  for (const { fixture, field, line, mentions } of CASES) {
    it(`${fixture}: names the file, the field and the fix`, () => {
      const { problems } = checkContent(projectWith(fixture));
      const file = `${CONTENT_DIR}/posts/${fixture}`;
      expect(problems.length, formatReport(problems, 0)).toBeGreaterThan(0);
      // Only the broken post is blamed, and never by a vague message.
      expect(problems.every((p) => p.file === file)).toBe(true);
      const problem = problems.find((p) => p.field === field);
      expect(problem, formatReport(problems, 0)).toBeDefined();
      if (line) expect(problem?.line).toBe(line);
      const message = formatReport([problem!], 1);
      expect(message).toMatch(mentions);
      expect(message).toContain(file);
      expect(problem?.example.length).toBeGreaterThan(5);
    });
  }

  it('a misspelt required field is one problem (rename it), and MDX comments are not braces', () => {
    const misspelt = checkContent(projectWith('misspelt-title.mdx')).problems;
    expect(misspelt.map((p) => [p.field, p.example])).toEqual([['titel', 'rename it to "title"']]);
    // curly-braces.mdx also holds a {/* comment */}: only {price} is reported.
    expect(checkContent(projectWith('curly-braces.mdx')).problems).toHaveLength(1);
  });

  it('a mistyped link suggests the page it probably meant', () => {
    const { problems } = checkContent(projectWith('typo-links.mdx'));
    expect(problems.map((p) => p.example)).toEqual([
      'did you mean /contact?',
      'did you mean /blog/choosing-a-cdn-for-a-faster-website?',
      // Nothing is near enough to "/faq": no guess, just an example of a good link.
      '[our services](/services)',
    ]);
  });

  it('two posts with the same file name in different folders', () => {
    const dir = projectWith(
      'duplicate-slug/choosing-a-cdn-for-a-faster-website.mdx',
      '2021/choosing-a-cdn-for-a-faster-website.mdx',
    );
    const { problems } = checkContent(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('file name');
    expect(problems[0]?.found).toContain('/blog/choosing-a-cdn-for-a-faster-website');
  });

  it('a post may not take the address of the tag index or of a blog page', () => {
    const dir = projectWith('../reserved-name/tags.mdx', 'tags.mdx');
    const { problems } = checkContent(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: `${CONTENT_DIR}/posts/tags.mdx`,
      field: 'file name',
    });
    expect(formatReport(problems, 1)).toContain('/blog/tags, which the site uses for its own page');
  });

  it('links to tag pages, the tag index and search are links to real pages', () => {
    const dir = projectWith('../good-posts/links-to-listings.mdx', 'links-to-listings.mdx');
    const { problems } = checkContent(dir);
    // Only the tag nobody uses is reported; /blog/tags/security, /blog/tags and /search pass.
    expect(problems.map((p) => p.found)).toEqual([
      'a link to /blog/tags/no-such-tag, a page that does not exist (or is a draft)',
    ]);
  });

  it('a broken site setting names the setting and shows an example', () => {
    const dir = projectWith('bad-date.mdx');
    rmSync(join(dir, CONTENT_DIR, 'posts', 'bad-date.mdx'));
    const site = JSON.parse(readFileSync(join(dir, CONTENT_DIR, 'site.json'), 'utf8'));
    site.hours[0].opens = '10am';
    site.phone = '04-555 0142';
    writeFileSync(join(dir, CONTENT_DIR, 'site.json'), JSON.stringify(site));
    const { problems } = checkContent(dir);
    expect(problems.map((p) => p.field).sort()).toEqual(['hours.0.opens', 'phone']);
    expect(formatReport(problems, 1)).toContain('"opens": "09:00"');
  });

  it('opening hours that give one day two overlapping times are refused, a lunch break is not', () => {
    const dir = projectWith('bad-date.mdx');
    rmSync(join(dir, CONTENT_DIR, 'posts', 'bad-date.mdx'));
    const file = join(dir, CONTENT_DIR, 'site.json');
    const site = JSON.parse(readFileSync(file, 'utf8'));
    // Every day 9–5:30, plus a "shorter Saturday" that never takes effect.
    site.hours = [
      { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], opens: '09:00', closes: '17:30' },
      { days: ['Sat'], opens: '09:00', closes: '13:00' },
    ];
    writeFileSync(file, JSON.stringify(site));
    const { problems } = checkContent(dir);
    expect(problems.map((p) => p.field)).toEqual(['hours.1.days']);
    expect(problems[0]?.expected).toMatch(/on Sat, rule 1 and rule 2 are open at the same time/);

    site.hours = [
      { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], opens: '09:00', closes: '12:00' },
      { days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], opens: '13:00', closes: '18:00' },
    ];
    writeFileSync(file, JSON.stringify(site));
    expect(checkContent(dir).problems).toEqual([]);

    // Friday night running into Saturday overlaps a Saturday rule starting at 1 AM.
    site.hours = [
      { days: ['Fri'], opens: '22:00', closes: '02:00' },
      { days: ['Sat'], opens: '01:00', closes: '05:00' },
    ];
    writeFileSync(file, JSON.stringify(site));
    expect(checkContent(dir).problems.map((p) => p.field)).toEqual(['hours.1.days']);
  });

  it('a menu entry or the "Find Out More" button leading to no page is reported', () => {
    const dir = projectWith('bad-date.mdx');
    rmSync(join(dir, CONTENT_DIR, 'posts', 'bad-date.mdx'));
    const file = join(dir, CONTENT_DIR, 'site.json');
    const site = JSON.parse(readFileSync(file, 'utf8'));
    site.nav.push({ label: 'Careers', href: '/careers' });
    site.cta.href = '/contact-us';
    writeFileSync(file, JSON.stringify(site));
    const { problems } = checkContent(dir);
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      [`nav.${site.nav.length - 1}.href`, '"/careers", which is not a page of the site'],
      ['cta.href', '"/contact-us", which is not a page of the site'],
    ]);
  });
});
