import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { checkContent } from '@/lib/content-check/check-content';
import { contentProject, removeProjects } from '../helpers/content-project';

const ROOT = process.cwd();
afterEach(removeProjects);

describe('site.json mistakes, in an editor’s words', () => {
  const settings = () => JSON.parse(readFileSync(join(ROOT, CONTENT_DIR, 'site.json'), 'utf8'));
  function checkSite(text: string) {
    const dir = contentProject();
    writeFileSync(join(dir, CONTENT_DIR, 'site.json'), text);
    const { problems } = checkContent(dir);
    for (const problem of problems) expect(problem.file).toBe(`${CONTENT_DIR}/site.json`);
    return problems;
  }

  it('the fixture site’s own settings pass', () => {
    expect(settings()).toMatchObject({ name: 'Fixture Networks', phone: '+60 4 555 0142' });
    expect(checkSite(JSON.stringify(settings()))).toEqual([]);
  });

  it('a misspelt setting is named once, with the setting it was meant to be', () => {
    const { phone, ...rest } = settings();
    const problems = checkSite(JSON.stringify({ ...rest, phon: phone }));
    expect(problems.map((p) => [p.field, p.expected, p.example])).toEqual([
      ['phon', '"phone" (a misspelling?)', 'rename "phon" to "phone"'],
    ]);
  });

  it('a setting the site does not read is reported, not silently ignored', () => {
    const problems = checkSite(JSON.stringify({ ...settings(), whatsapp: '+60 4 555 0142' }));
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['whatsapp', 'an unknown setting "whatsapp", which the site would ignore'],
    ]);
    expect(problems[0]?.expected).toContain('"phone"');
  });

  it('days written as text get the list form, not a validator message', () => {
    const site = settings();
    site.hours[0].days = 'Mon-Fri';
    const [problem] = checkSite(JSON.stringify(site));
    expect(problem?.field).toBe('hours.0.days');
    expect(problem?.expected).toBe(
      'a list of days in square brackets, such as ["Mon", "Tue", "Wed", "Thu", "Fri"]',
    );
  });

  it('a JSON slip is reported at its line, named as the comma it is', () => {
    const text = JSON.stringify(settings(), null, 2).replace(/("country": "Malaysia")/, '$1,');
    // The extra comma's line, not the line of the "}" where the parser stopped.
    const line = text.split('\n').findIndex((l) => l.includes('"country"')) + 1;
    expect(checkSite(text).map((p) => [p.field, p.line, p.example])).toEqual([
      ['settings', line, `remove the comma at the end of line ${line}`],
    ]);
    // A missing comma: the line that needs it.
    const missing = JSON.stringify(settings(), null, 2).replace(/("phone": "[^"]*"),/, '$1');
    const phoneLine = missing.split('\n').findIndex((l) => l.includes('"phone"')) + 1;
    expect(checkSite(missing).map((p) => [p.field, p.line, p.example])).toEqual([
      ['settings', phoneLine, `add a comma at the end of line ${phoneLine}`],
    ]);
  });

  it('a tag label keyed in capitals, or written as a list, gets the form to write', () => {
    const [upper] = checkSite(JSON.stringify({ ...settings(), tagLabels: { SEO: 'SEO' } }));
    expect(upper).toMatchObject({
      field: 'tagLabels.SEO',
      found: 'the key "SEO"',
      expected: 'each tag as posts write it, in lower case',
    });
    const [list] = checkSite(JSON.stringify({ ...settings(), tagLabels: ['seo'] }));
    expect(list?.expected).toMatch(/^tag labels in braces/);
  });

  it('a site.json saved "UTF-8 with BOM" is read', () => {
    expect(checkSite(`\uFEFF${JSON.stringify(settings())}`)).toEqual([]);
  });

  it('the usual Malaysian "+60 4-555 0142" is accepted', () => {
    expect(checkSite(JSON.stringify({ ...settings(), phone: '+60 4-555 0142' }))).toEqual([]);
  });
});

describe('tag labels in site.json', () => {
  it('a label for a tag no post carries is reported, with the tag it was likely meant for', () => {
    const dir = contentProject();
    const file = join(dir, CONTENT_DIR, 'site.json');
    const site = JSON.parse(readFileSync(file, 'utf8'));
    site.tagLabels = { 'web-performanse': 'Web Performance', security: 'Security' };
    writeFileSync(file, JSON.stringify(site));
    expect(checkContent(dir).problems.map((p) => [p.field, p.example])).toEqual([
      ['tagLabels.web-performanse', 'rename "web-performanse" to "web-performance"'],
    ]);
  });
});
