import { test } from './fixtures';
import { readsTheNoticeBeforeSending } from './privacy-notice';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`on a phone the contact form shows the privacy notice in both languages before Send (${colorScheme})`, async ({
    page,
  }) => {
    await readsTheNoticeBeforeSending(page, colorScheme);
  });
}
