import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect } from './fixtures';

/**
 * What a visitor on /contact reads before sending, in the given colour scheme: the notice in
 * English and Malay, above the Send button, readable (axe), and its link opens the privacy page.
 */
export async function readsTheNoticeBeforeSending(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await page.goto('/contact');
  const form = page.getByRole('form', { name: 'Send us an enquiry' });
  const english = form.locator('p[lang="en"]', { hasText: 'only to answer this enquiry' });
  const malay = form.locator('p[lang="ms"]', { hasText: 'hanya untuk menjawab pertanyaan ini' });
  const send = form.getByRole('button', { name: 'Send enquiry' });
  await send.scrollIntoViewIfNeeded();
  await expect(english).toBeInViewport();
  await expect(malay).toBeInViewport();
  const [notice, button] = await Promise.all([malay.boundingBox(), send.boundingBox()]);
  expect(notice?.y ?? Infinity).toBeLessThan(button?.y ?? 0);
  expect(await axeViolations(page)).toEqual([]);
  await english.getByRole('link', { name: 'privacy notice' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Notis privasi');
}
