import { expect, test } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editorRun, keepFiles, saveUnchanged } from './keystatic-editor';

/**
 * Issue 16, "round trip without damage": every post, page and the site settings opened in the
 * admin and saved without edits, twice. The second save must write exactly the first's bytes;
 * tests/round-trip.test.tsx then checks the first save shows visitors exactly what the original
 * did (ROUND_TRIP_CHECK points it at the copies kept here).
 */
const OUT = 'test-results/round-trip';

type Entry = { file: string; admin: string; field: string };

function entries(): Entry[] {
  const mdx = (collection: string) =>
    readdirSync(`content/${collection}`)
      // "_" posts are set aside and never built; Keystatic lists them, the site does not.
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => ({
        file: `content/${collection}/${name}`,
        admin: `/keystatic/collection/${collection}/item/${name.replace(/\.mdx$/, '')}`,
        field: 'Title',
      }));
  return [
    ...mdx('posts'),
    ...mdx('pages'),
    { file: 'content/site.json', admin: '/keystatic/singleton/site', field: 'Tagline' },
  ];
}

test.skip(
  !editorRun,
  'runs against npm run dev: npx playwright test -c playwright.admin.config.ts',
);

test('opening and saving every file in content/ twice writes the same bytes the second time', async ({
  page,
}) => {
  const restore = keepFiles();
  rmSync(OUT, { recursive: true, force: true });
  const pictures = readdirSync('public/images', { recursive: true, encoding: 'utf8' }).sort();
  try {
    for (const entry of entries()) {
      const saved: Buffer[] = [];
      for (const round of ['first', 'second']) {
        await page.goto(entry.admin);
        await saveUnchanged(page, entry.field);
        const bytes = readFileSync(entry.file);
        saved.push(bytes);
        mkdirSync(dirname(join(OUT, round, entry.file)), { recursive: true });
        writeFileSync(join(OUT, round, entry.file), bytes);
      }
      expect(saved[1]?.toString(), `${entry.file}: the second save changed it`).toBe(
        saved[0]?.toString(),
      );
    }
    // Covers and body pictures stay where they were: none moved, renamed or added.
    expect(readdirSync('public/images', { recursive: true, encoding: 'utf8' }).sort()).toEqual(
      pictures,
    );
  } finally {
    restore();
  }
});
