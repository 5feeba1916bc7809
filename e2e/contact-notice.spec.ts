import { expect, SITE, test } from './fixtures';
import { readsTheNoticeBeforeSending } from './privacy-notice';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`on a desktop the contact form shows the privacy notice in both languages before Send (${colorScheme})`, async ({
    page,
  }) => {
    await readsTheNoticeBeforeSending(page, colorScheme);
  });
}

test('the privacy page of the server build says where enquiries are kept and for how long', async ({
  page,
}) => {
  await page.goto('/privacy');
  const main = page.getByRole('main');
  await expect(main.getByText('Stored in a database file on the server')).toBeVisible();
  await expect(main.getByText(/^Kept for 365 days after it arrives/)).toBeVisible();
  await expect(main.getByText(/Disimpan selama 365 hari/)).toBeVisible();
  await expect(main.getByText('the website stores none of it')).toHaveCount(0);
  await expect(main.getByRole('definition').filter({ hasText: SITE.phone }).first()).toBeVisible();
});
