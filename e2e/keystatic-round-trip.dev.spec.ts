import { expect, test } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { editorRun, keepFiles, openedValue, saveWith } from './keystatic-editor';
import { FIXTURE_SITE } from '../tests/helpers/fixture-site';
import { languageFolder } from '../lib/content-model/model';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n/locales';

/**
 * A save changes only what the editor changed: every post and page of both languages, the site
 * settings and the posts `npm run new:post` writes, opened in the admin and saved without edits,
 * come back byte for byte. tests/integration/round-trip.test.tsx also checks those saves show
 * visitors exactly what the originals did (ROUND_TRIP_CHECK points it at the copies kept here).
 */
const OUT = 'test-results/round-trip';

type Entry = { file: string; admin: string; field: string };

function entries(): Entry[] {
  // Each language's collection: "posts" reads posts/, "posts-ms" reads posts/ms/.
  const mdx = (kind: 'posts' | 'pages', lang: Locale) => {
    const dir = [FIXTURE_SITE, kind, languageFolder(lang)].filter(Boolean).join('/');
    const collection = lang === DEFAULT_LOCALE ? kind : `${kind}-${lang}`;
    return (
      readdirSync(dir)
        // "_" posts are set aside and never built; Keystatic lists them, the site does not.
        .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
        .map((name) => ({
          file: `${dir}/${name}`,
          admin: `/keystatic/collection/${collection}/item/${name.replace(/\.mdx$/, '')}`,
          field: 'Title',
        }))
    );
  };
  return [
    ...LOCALES.flatMap((lang) => [...mdx('posts', lang), ...mdx('pages', lang)]),
    { file: `${FIXTURE_SITE}/site.json`, admin: '/keystatic/singleton/site', field: 'Tagline' },
  ];
}

/** A post as `npm run new:post` writes it into the fixture site, and its page in the admin. */
function newPost(lang: Locale, title: string): Entry {
  const made = spawnSync('npx', ['tsx', 'scripts/new-post.ts', '--lang', lang, title], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: FIXTURE_SITE },
  });
  const file = /^Created (\S+)$/m.exec(made.stdout)?.[1];
  expect(file, made.stdout + made.stderr).toBeTruthy();
  const name = (file ?? '')
    .split('/')
    .pop()
    ?.replace(/\.mdx$/, '');
  const collection = lang === DEFAULT_LOCALE ? 'posts' : `posts-${lang}`;
  return {
    file: file ?? '',
    admin: `/keystatic/collection/${collection}/item/${name}`,
    field: 'Title',
  };
}

test.skip(
  !editorRun,
  'runs against npm run dev: npx playwright test -c playwright.admin.config.ts',
);

test('a file the admin wrote saves to the same bytes as the original it came from', async ({
  page,
}) => {
  // Forty saves, each a request `next dev` answers after a compile on a busy 2-core machine.
  test.setTimeout(12 * 60_000);
  const restore = keepFiles();
  rmSync(OUT, { recursive: true, force: true });
  const pictures = readdirSync('public/images', { recursive: true, encoding: 'utf8' }).sort();
  try {
    const created = [newPost('en', 'How we moved a law firm to Microsoft 365')];
    created.push(newPost('ms', 'Keselamatan e-mel untuk pejabat kecil'));
    for (const entry of [...entries(), ...created]) {
      const original = readFileSync(entry.file, 'utf8');
      // Keystatic saves only a changed entry: the original is saved with one character added,
      // then as it was opened.
      await page.goto(entry.admin);
      const value = await openedValue(page, entry.field);
      await saveWith(page, entry.field, `${value}!`);
      await saveWith(page, entry.field, value);
      const saved = readFileSync(entry.file, 'utf8');
      mkdirSync(dirname(join(OUT, 'first', entry.file)), { recursive: true });
      writeFileSync(join(OUT, 'first', entry.file), saved);
      expect.soft(saved, `${entry.file}: the admin rewrote what nobody edited`).toBe(original);
    }
    // Covers and body pictures stay where they were: none moved, renamed or added.
    expect(readdirSync('public/images', { recursive: true, encoding: 'utf8' }).sort()).toEqual(
      pictures,
    );
  } finally {
    restore();
  }
});
