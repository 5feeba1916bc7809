import { expect, test } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editorRun, keepFiles, openedValue, saveWith } from './keystatic-editor';
import { FIXTURE_SITE } from '../tests/helpers/fixture-site';

/**
 * Issue 16, "round trip without damage": every post, page and the site settings opened in the
 * admin and saved without edits; then the same one-character edit saved to the original and to
 * the admin's own file must write the same bytes (saving again changes nothing).
 * tests/integration/round-trip.test.tsx checks the unedited save shows visitors exactly what the original
 * did (ROUND_TRIP_CHECK points it at the copies kept here).
 */
const OUT = 'test-results/round-trip';

type Entry = { file: string; admin: string; field: string };

function entries(): Entry[] {
  const mdx = (collection: string) =>
    readdirSync(`${FIXTURE_SITE}/${collection}`)
      // "_" posts are set aside and never built; Keystatic lists them, the site does not.
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => ({
        file: `${FIXTURE_SITE}/${collection}/${name}`,
        admin: `/keystatic/collection/${collection}/item/${name.replace(/\.mdx$/, '')}`,
        field: 'Title',
      }));
  return [
    ...mdx('posts'),
    ...mdx('pages'),
    { file: `${FIXTURE_SITE}/site.json`, admin: '/keystatic/singleton/site', field: 'Tagline' },
  ];
}

test.skip(
  !editorRun,
  'runs against npm run dev: npx playwright test -c playwright.admin.config.ts',
);

test('a file the admin wrote saves to the same bytes as the original it came from', async ({
  page,
}) => {
  const restore = keepFiles();
  rmSync(OUT, { recursive: true, force: true });
  const pictures = readdirSync('public/images', { recursive: true, encoding: 'utf8' }).sort();
  try {
    for (const entry of entries()) {
      // Keystatic saves only a changed entry: the original is saved with one character added,
      // then as it was opened (the copy tests/integration/round-trip.test.tsx compares with the original).
      await page.goto(entry.admin);
      const value = await openedValue(page, entry.field);
      await saveWith(page, entry.field, `${value}!`);
      const editedOriginal = readFileSync(entry.file, 'utf8');
      await saveWith(page, entry.field, value);
      mkdirSync(dirname(join(OUT, 'first', entry.file)), { recursive: true });
      writeFileSync(join(OUT, 'first', entry.file), readFileSync(entry.file));
      // Then the admin's own file, opened again, with the same character added: the same bytes
      // as from the original mean it reads back as the original did, so saving again is stable.
      await page.goto(entry.admin);
      await saveWith(page, entry.field, `${value}!`);
      expect(readFileSync(entry.file, 'utf8'), `${entry.file}: saved again, it changed`).toBe(
        editedOriginal,
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
