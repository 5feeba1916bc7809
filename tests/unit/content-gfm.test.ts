import { afterEach, describe, expect, it } from 'vitest';
import { BODY_LINE, checkPost, FRONTMATTER, removeProjects } from '../helpers/content-project';

afterEach(removeProjects);

/** The check reads a body as the page does, GitHub-flavoured Markdown included. */
describe('post body: tables, bare links, footnotes', () => {
  it('a broken link in a table row is reported on that row’s line', () => {
    const body = `
An opening paragraph.

| Service   | Page                  |
| --------- | --------------------- |
| Support   | [IT support](/services) |
| Enquiries | [contact us](contakt) |
`;
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`);
    expect(problems, report).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: BODY_LINE + 6, field: 'body' });
    expect(problems[0]?.example).toMatch(/write \/contact: \[contact us\]\(\/contact\)/);
  });

  it('table rows without the line of dashes under the header are reported, not shown as text', () => {
    const body = `
An opening paragraph.

| Edition         | Price  |
| Windows 10 Home | RM 599 |
| Windows 10 Pro  | RM 899 |
`;
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`);
    expect(problems, report).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: BODY_LINE + 3 });
    expect(problems[0]?.found).toMatch(/\| Edition \| Price \|.*shown on the page as text/);
    expect(problems[0]?.example).toMatch(/\| --- \| --- \|/);
  });

  it('a footnote mark without its note, and a note without its mark, are reported', () => {
    const body = `
An opening paragraph.

Prices include SST.[^sst] Delivery is free.

[^delivery]: Within Klang Valley.
`;
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`);
    expect(
      problems.map((p) => [p.line, p.found]),
      report,
    ).toEqual([
      [BODY_LINE + 3, expect.stringMatching(/a footnote mark \[\^sst\] without its note/)],
      [BODY_LINE + 5, expect.stringMatching(/a footnote \[\^delivery\]: that no \[\^delivery\]/)],
    ]);
  });

  it('a link whose address has a space is still found when the address starts with https://', () => {
    const body = '\nOne.\n\nSee [the list](https://www.example.com/price list.pdf) today.\n';
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`);
    expect(problems, report).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: BODY_LINE + 3 });
    expect(problems[0]?.example).toMatch(/https:\/\/www\.example\.com\/price%20list\.pdf/);
  });

  it('<https://…> is reported with the bare address as one fix', () => {
    const body = '\nOne.\n\nRead more on <https://www.google.com/maps>.\n';
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`);
    expect(problems, report).toHaveLength(1);
    expect(problems[0]?.example).toMatch(/^https:\/\/www\.google\.com\/maps \(without < >\)/);
  });

  it('a correct post with a table, bare links, strikethrough, a checklist and a footnote passes', () => {
    const body = `
Prices in September, now ~~RM 699~~ RM 599 (about ~RM 50 off).[^sst]

| Edition         | Where                                   | Price  |
| :-------------- | --------------------------------------- | -----: |
| Windows 10 Home | [Microsoft Store](https://www.microsoft.com) | RM 599 |
| Windows 10 Pro  | [ask us](/contact)                      | RM 899 |

Details at https://www.microsoft.com/windows, www.example.com.my or hello@example.com.

- [x] Back up
- [ ] Update

[^sst]: Including SST.
`;
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`);
    expect(problems, report).toEqual([]);
  });
});
