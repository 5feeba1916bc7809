import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editorRun, keepFiles, save } from './keystatic-editor';
import { FIXTURE_SITE } from '../tests/helpers/fixture-site';

/**
 * Issue 23: marketing records a moved post in the admin's Redirects page, which writes
 * content/redirects.json (the file the server build, Vercel and the export answer from).
 */
test.skip(
  !editorRun,
  'runs against npm run dev: npx playwright test -c playwright.admin.config.ts',
);

const FILE = `${FIXTURE_SITE}/redirects.json`;
const MOVED = {
  from: '/blog/phone-tabs',
  to: '/blog/phone-browsers-finally-ask-before-closing-every-tab',
};

test('a redirect added in the admin is written to the content, beside the ones already there', async ({
  page,
}) => {
  const restore = keepFiles();
  try {
    const before: { redirects: { from: string; to: string }[] } = JSON.parse(
      readFileSync(FILE, 'utf8'),
    );
    await page.goto('/keystatic/singleton/redirects');
    const list = page.getByRole('group', { name: 'Redirects' });
    await expect(list.getByRole('button', { name: 'Add' })).toBeVisible({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await list.getByRole('button', { name: 'Add' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Old address' }).fill(MOVED.from);
    await dialog.getByRole('textbox', { name: 'New address' }).fill(MOVED.to);
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog).toHaveCount(0);
    await save(page);
    await expect
      .poll(() => JSON.parse(readFileSync(FILE, 'utf8')))
      .toEqual({ redirects: [...before.redirects, MOVED] });
  } finally {
    restore();
  }
});
