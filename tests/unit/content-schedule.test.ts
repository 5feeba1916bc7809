import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { checkContent } from '@/lib/content-check/check-content';
import { formatReport } from '@/lib/problems/problems';
import { isVisible, visibilityRules } from '@/lib/posts/visibility';
import { removeProjects, contentProject } from '../helpers/content-project';

afterAll(removeProjects);

const TODAY = '2026-12-05';

/** A post of the fixture site's shape; `extra` goes into the frontmatter, `body` after it. */
function post(title: string, date: string, body: string, extra = ''): string {
  return `---
title: ${title}
date: ${date}
excerpt: An excerpt that is long enough to pass the length check for excerpts.
tags: [security]
${extra}---

${body}
`;
}

/** The fixture site plus these posts; returns each problem as "file: found". */
function check(posts: Record<string, string>, today = TODAY): string[] {
  const dir = contentProject();
  for (const [name, source] of Object.entries(posts))
    writeFileSync(join(dir, CONTENT_DIR, 'posts', `${name}.mdx`), source);
  return checkContent(dir, today).problems.map((p) => `${p.file}: ${p.found}`);
}

describe('links to posts that the site does not publish yet', () => {
  it('a live post linking to a scheduled one is reported with the day it goes live', () => {
    const posts = {
      live: post('A post that is live today', '2026-12-01', 'See [next month](/blog/later).'),
      later: post('A post scheduled for January', '2027-01-10', 'Soon.'),
    };
    expect(check(posts)).toEqual([
      `${CONTENT_DIR}/posts/live.mdx: a link to /blog/later, a post scheduled for 2027-01-10, so this link would 404 until then`,
    ]);
    // The site hides that post by the same rule the check applied.
    expect(isVisible({ draft: false, date: '2027-01-10' }, visibilityRules(false, TODAY))).toBe(
      false,
    );
    // From its day on, the link is fine.
    expect(check(posts, '2027-01-10')).toEqual([]);
  });

  it('the report says where, what and how to fix it, in plain words', () => {
    const dir = contentProject();
    writeFileSync(
      join(dir, CONTENT_DIR, 'posts', 'live.mdx'),
      post('A post that is live today', '2026-12-01', 'Read [this](/blog/later).'),
    );
    writeFileSync(
      join(dir, CONTENT_DIR, 'posts', 'later.mdx'),
      post('A post scheduled for January', '2027-01-10', 'Soon.'),
    );
    const report = formatReport(checkContent(dir, TODAY).problems, 1);
    expect(report).toContain(`✖ ${CONTENT_DIR}/posts/live.mdx:8  (body)`);
    expect(report).toContain('a post has a page from its date on');
    expect(report).toContain('remove the link until 2027-01-10');
  });

  it('a live post or page linking to a draft is reported as a draft', () => {
    const problems = check({
      live: post('A post that is live today', '2026-12-01', 'See [the draft](/blog/unfinished).'),
      unfinished: post('A post still being written', '2026-11-01', 'Half.', 'draft: true\n'),
    });
    expect(problems).toEqual([
      `${CONTENT_DIR}/posts/live.mdx: a link to /blog/unfinished, a post that is still a draft (draft: true in ${CONTENT_DIR}/posts/unfinished.mdx), so this link would 404 until that post is published`,
    ]);
  });

  it('a fixed page linking to a scheduled post is reported too', () => {
    const dir = contentProject();
    writeFileSync(
      join(dir, CONTENT_DIR, 'posts', 'later.mdx'),
      post('A post scheduled for January', '2027-01-10', 'Soon.'),
    );
    const about = join(dir, CONTENT_DIR, 'pages', 'about.mdx');
    writeFileSync(about, `${readFileSync(about, 'utf8')}\nRead [our plans](/blog/later).\n`);
    expect(checkContent(dir, TODAY).problems.map((p) => [p.file, p.found])).toEqual([
      [
        `${CONTENT_DIR}/pages/about.mdx`,
        'a link to /blog/later, a post scheduled for 2027-01-10, so this link would 404 until then',
      ],
    ]);
  });

  it('a scheduled post may link to what is live on its own date, not to what comes after', () => {
    const problems = check({
      january: post(
        'A post scheduled for January',
        '2027-01-10',
        'See [December](/blog/december) and [February](/blog/february).',
      ),
      december: post('A post scheduled for December', '2026-12-20', 'Soon.'),
      february: post('A post scheduled for February', '2027-02-01', 'Later.'),
    });
    expect(problems).toEqual([
      `${CONTENT_DIR}/posts/january.mdx: a link to /blog/february, a post scheduled for 2027-02-01, so this link would 404 from 2027-01-10, this post's date, until 2027-02-01`,
    ]);
  });

  it('a draft may link to other unpublished posts: its editor decides when it goes live', () => {
    expect(
      check({
        unfinished: post(
          'A post still being written',
          '2026-11-01',
          'See [January](/blog/january) and [the other draft](/blog/other).',
          'draft: true\n',
        ),
        january: post('A post scheduled for January', '2027-01-10', 'Soon.'),
        other: post('Another post still being written', '2026-11-02', 'Half.', 'draft: true\n'),
      }),
    ).toEqual([]);
  });

  it('the fixture site’s own draft and post dated 2099 count too', () => {
    const problems = check({
      live: post(
        'A post that is live today',
        '2026-12-01',
        'See [the draft](/blog/a-draft-nobody-should-see) and [the far future](/blog/a-post-scheduled-for-the-far-future).',
      ),
    });
    expect(problems).toEqual([
      `${CONTENT_DIR}/posts/live.mdx: a link to /blog/a-draft-nobody-should-see, a post that is still a draft (draft: true in ${CONTENT_DIR}/posts/a-draft-nobody-should-see.mdx), so this link would 404 until that post is published`,
      `${CONTENT_DIR}/posts/live.mdx: a link to /blog/a-post-scheduled-for-the-far-future, a post scheduled for 2099-01-01, so this link would 404 until then`,
    ]);
  });

  it('a tag only a scheduled post carries has no page yet', () => {
    const problems = check({
      live: post('A post that is live today', '2026-12-01', 'See [the tag](/blog/tags/quokkas).'),
      later: post('A post scheduled for January', '2027-01-10', 'Soon.').replace(
        'tags: [security]',
        'tags: [quokkas]',
      ),
    });
    expect(problems).toEqual([
      `${CONTENT_DIR}/posts/live.mdx: a link to /blog/tags/quokkas, a page that does not exist (or is a draft)`,
    ]);
  });
});
