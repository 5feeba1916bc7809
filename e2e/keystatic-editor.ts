import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITE } from '../tests/helpers/fixture-site';

/** The editor's specs run only from playwright.admin.config.ts, against `npm run dev`. */
export const editorRun = process.env.SNYNET_EDITOR_E2E === '1';

/** The tests' fixture site (the suite's `npm run dev` serves it) and the admin's pictures. */
const WATCHED = [FIXTURE_SITE, 'public/images'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Every file of the fixture site and under public/images/ now; call the result to put them back. */
export function keepFiles(): () => void {
  const before = new Map(WATCHED.flatMap(files).map((path) => [path, readFileSync(path)]));
  return () => {
    for (const path of WATCHED.flatMap(files)) if (!before.has(path)) rmSync(path);
    for (const [path, data] of before) writeFileSync(path, data);
    for (const dir of WATCHED) removeEmptyFolders(dir);
  };
}

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyFolders(join(dir, entry.name));
  if (readdirSync(dir).length === 0 && statSync(dir).isDirectory())
    rmSync(dir, { recursive: true });
}

/**
 * Presses Save and waits for the dev server to have written the files. The admin sends its
 * request at once, or not at all (a page `next dev` reloaded under the test has an empty form):
 * that fails fast, so callers can open the page again. The answer can take long: the first save
 * has `next dev` compile the editor's API route, slow on a busy 2-core machine.
 */
export async function save(page: Page, button = 'Save'): Promise<void> {
  const sent = page.waitForRequest((request) => request.url().includes('/api/keystatic/update'), {
    timeout: 15_000,
  });
  await page.getByRole('button', { name: button, exact: true }).click({ timeout: 15_000 });
  const response = await (await sent).response();
  expect(response?.status()).toBe(200);
  // After writing, the admin reads the entry back.
  await page.waitForLoadState('networkidle');
}

/**
 * Sets a text field and saves. Keystatic saves only when it sees a change ("Reset changes"
 * enabled); when `next dev` refreshes the page meanwhile, the admin may take the typed text as
 * the entry's own, so the page is read again from the file and the text set again.
 */
export async function saveWith(page: Page, field: string, value: string): Promise<void> {
  const input = page.getByRole('textbox', { name: field, exact: true });
  const changed = page.getByRole('button', { name: /^Reset/ });
  await expect(async () => {
    await expect(input).toBeVisible({ timeout: 60_000 });
    if ((await input.inputValue()) === value && (await changed.isDisabled())) {
      await page.reload();
      await page.waitForLoadState('networkidle');
    }
    await input.fill(value);
    await expect(changed).toBeEnabled({ timeout: 5_000 });
    await save(page);
  }).toPass({ timeout: 120_000 });
}

/**
 * The value of a text field once the opened entry has loaded. An entry opened while `next dev`
 * is still taking in the files the previous spec put back can stay blank: it is opened again.
 */
export async function openedValue(page: Page, field: string): Promise<string> {
  const input = page.getByRole('textbox', { name: field, exact: true });
  let attempt = 0;
  await expect(async () => {
    if (attempt++ > 0) await page.reload();
    await expect(input).toBeVisible({ timeout: 60_000 });
  }).toPass({ timeout: 4 * 60_000 });
  await page.waitForLoadState('networkidle');
  return input.inputValue();
}
