import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarDayIn } from '@/lib/site/calendar-day';
import { CONTENT_DIR } from '@/lib/settings';
import { checkContent } from '@/lib/content-check/check-content';
import { slugify } from '@/lib/content-model/address';
import { site } from '@/lib/site/site';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'new-post-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs through bash: contentlayer2 started straight from Node's spawn can stall. */
function run(command: string, args: string[]): { status: number | null; output: string } {
  const child = spawnSync('bash', ['-c', 'exec "$0" "$@" 2>&1', command, ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: child.status, output: child.stdout };
}

describe('npm run new:post', () => {
  it('makes addresses from titles', () => {
    expect(slugify('Buying office laptops: what is worth paying for in 2021')).toBe(
      'buying-office-laptops-what-is-worth-paying-for-in-2021',
    );
    expect(slugify("The fixture team's live final — streamed!")).toBe(
      'the-fixture-teams-live-final-streamed',
    );
    expect(slugify('Café Wi‑Fi  tips')).toBe('cafe-wi-fi-tips');
  });

  it('creates a post that passes every check and builds with the content', () => {
    for (const entry of [
      CONTENT_DIR,
      'lib',
      'contentlayer.config.ts',
      'tsconfig.json',
      'package.json',
    ]) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

    const dayBefore = calendarDayIn(site.timezone);
    const { status, output } = run(join(ROOT, 'node_modules', '.bin', 'tsx'), [
      join(ROOT, 'scripts', 'new-post.ts'),
      'How we moved a law firm to Microsoft 365',
    ]);
    const file = `${CONTENT_DIR}/posts/how-we-moved-a-law-firm-to-microsoft-365.mdx`;
    expect(status).toBe(0);
    expect(output).toContain(`Created ${file}`);
    expect(output).toContain('npm run dev');
    const source = readFileSync(join(dir, file), 'utf8');
    // Today in Malaysia (site.json's timezone), which is what a build publishes up to.
    // (Read before and after, in case the run straddles midnight in Kuala Lumpur.)
    const stamped = /^date: (.*)$/m.exec(source)?.[1];
    expect([dayBefore, calendarDayIn(site.timezone)]).toContain(stamped);
    expect(source).toContain('draft: true');

    expect(checkContent(dir).problems).toEqual([]);
    expect(run(join(ROOT, 'node_modules', '.bin', 'contentlayer2'), ['build']).status).toBe(0);
    const generated = readdirSync(join(dir, '.contentlayer', 'generated', 'Post'));
    expect(generated).toContain('posts__how-we-moved-a-law-firm-to-microsoft-365.mdx.json');
    // Built with the fixture site's posts, from the folder CONTENT_DIR names.
    expect(generated).toContain('posts__ransomware-hits-accounting-firms.mdx.json');
    // It names only title, date, excerpt, an empty tag list and draft, as the admin writes them:
    // the site fills in the company as author and the share card as cover, described as it is.
    expect(source.match(/^\w+:/gm)).toEqual(['title:', 'date:', 'excerpt:', 'tags:', 'draft:']);
    expect(source).toContain('tags: []\ndraft: true\n---\nWrite the opening paragraph');
    const built = JSON.parse(
      readFileSync(
        join(
          dir,
          '.contentlayer/generated/Post/posts__how-we-moved-a-law-firm-to-microsoft-365.mdx.json',
        ),
        'utf8',
      ),
    );
    expect(built).toMatchObject({
      author: 'Fixture Networks',
      tags: [],
      cover: '/og.png',
      coverAlt: 'Fixture Networks: Test-only IT services for a made-up company',
      date: stamped,
      draft: true,
    });

    // Asking twice for the same title must not overwrite the editor's work.
    const again = run(join(ROOT, 'node_modules', '.bin', 'tsx'), [
      join(ROOT, 'scripts', 'new-post.ts'),
      'How we moved a law firm to Microsoft 365',
    ]);
    expect(again.status).toBe(1);
    expect(again.output).toContain('already exists');
    expect(readFileSync(join(dir, file), 'utf8')).toBe(source);

    // Publishing it without writing an excerpt of one's own is caught.
    writeFileSync(join(dir, file), source.replace('draft: true\n', 'draft: false\n'));
    expect(checkContent(dir).problems.map((p) => [p.file, p.field])).toEqual([[file, 'excerpt']]);
  }, 60_000);

  it('a title in Chinese gets its address from --slug, and a clash with the blog’s pages is refused', () => {
    // Runs in the project copy the test above made.
    const newPost = (...args: string[]) =>
      run(join(ROOT, 'node_modules', '.bin', 'tsx'), [
        join(ROOT, 'scripts', 'new-post.ts'),
        ...args,
      ]);
    const title = '如何保护您的企业电子邮件';
    const bare = newPost(title);
    expect(bare.status).toBe(1);
    expect(bare.output).toContain(`npm run new:post -- "${title}" --slug`);

    const named = newPost(title, '--slug', 'protect-business-email');
    expect(named.status).toBe(0);
    const file = join(dir, CONTENT_DIR, 'posts/protect-business-email.mdx');
    expect(readFileSync(file, 'utf8')).toContain(`title: ${title}\n`);
    expect(
      checkContent(dir).problems.filter((p) => p.file.endsWith('protect-business-email.mdx')),
    ).toEqual([]);

    const reserved = newPost('Tags and categories', '--slug', 'tags');
    expect(reserved.status).toBe(1);
    expect(reserved.output).toContain('--slug tags-post');

    // Asking for help, or mistyping an option, explains the options and writes no post.
    const posts = () => readdirSync(join(dir, CONTENT_DIR, 'posts'));
    const before = posts();
    const help = newPost('--help');
    expect(help.status).toBe(0);
    expect(help.output).toContain('--lang ms');
    const typo = newPost('--draft', 'Why backups fail');
    expect(typo.status).toBe(1);
    expect(typo.output).toContain('--draft is not an option of new:post');
    expect(posts()).toEqual(before);
  }, 60_000);

  it('--lang ms writes a Malay post under posts/ms, for /ms/blog, that passes the check', () => {
    // Runs in the project copy the first test made.
    const newPost = (...args: string[]) =>
      run(join(ROOT, 'node_modules', '.bin', 'tsx'), [
        join(ROOT, 'scripts', 'new-post.ts'),
        ...args,
      ]);
    const made = newPost('--lang', 'ms', 'Keselamatan e-mel untuk pejabat kecil');
    expect(made.status).toBe(0);
    const file = `${CONTENT_DIR}/posts/ms/keselamatan-e-mel-untuk-pejabat-kecil.mdx`;
    expect(made.output).toContain(`Created ${file}`);
    expect(made.output).toContain('/ms/blog/keselamatan-e-mel-untuk-pejabat-kecil');
    expect(readFileSync(join(dir, file), 'utf8')).toContain('(/ms/contact)');
    expect(checkContent(dir).problems.filter((p) => p.file === file)).toEqual([]);

    const unknown = newPost('--lang', 'fr', 'Un titre');
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('--lang ms');
  }, 60_000);
});
