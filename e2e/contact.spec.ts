import { randomUUID } from 'node:crypto';
import type { Page, Route } from '@playwright/test';
import { exported } from './contact-export';
import { expect, SITE, TEL, test } from './fixtures';

// Each test is its own client, so the rate limit (5 per 10 minutes) never couples tests.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `client-${randomUUID()}` });
});

const LABELS = {
  name: 'Your name',
  email: 'Email',
  phone: 'Phone (optional)',
  company: 'Company (optional)',
  message: 'How can we help?',
};

/** How long a person takes to fill in the form, as the page's clock sees it. */
const TYPING = 30_000;

async function fill(page: Page, values: Partial<Record<keyof typeof LABELS, string>>) {
  for (const field of Object.keys(LABELS) as Array<keyof typeof LABELS>) {
    const value = values[field];
    if (value !== undefined) await page.getByLabel(LABELS[field], { exact: true }).fill(value);
  }
}

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    // The browser measures how long the page was open when Send is pressed, and the server files
    // under 3 s as a bot's: the tests move the page's clock on (TYPING) rather than wait.
    await page.clock.install();
  });

  test('sends an enquiry, shows a confirmation, and marketing can export it', async ({ page }) => {
    const marker = `Please quote a firewall upgrade ${randomUUID()}`;
    await page.goto('/contact');
    await fill(page, {
      name: 'Aina Rahman',
      email: 'aina@example.my',
      phone: '+60 12 345 6789',
      company: 'Rahman & Co',
      message: marker,
    });
    await page.clock.fastForward(TYPING);

    // Hold the submission so the in-flight state can be seen: the button must not send twice.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/contact', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    const sending = page.getByRole('button', { name: 'Sending…' });
    await expect(sending).toBeDisabled();
    release();

    await expect(page.getByRole('status')).toContainText('we have your enquiry');
    const rows = JSON.parse(exported()) as Array<Record<string, unknown>>;
    const stored = rows.filter((row) => row.message === marker);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: 'Aina Rahman',
      email: 'aina@example.my',
      company: 'Rahman & Co',
      spam: false,
    });
  });

  test('shows each error beside its field, keeps what was typed, and focuses the first', async ({
    page,
  }) => {
    await page.goto('/contact');
    await fill(page, {
      name: 'Aina',
      email: 'not-an-email',
      company: 'Rahman & Co',
      message: 'Hi',
    });
    await page.getByRole('button', { name: 'Send enquiry' }).click();

    const email = page.getByLabel('Email', { exact: true });
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(
      'Please enter an email address like name@company.com.',
    );
    await expect(page.getByLabel('How can we help?')).toHaveAccessibleDescription(
      /at least 10 characters/,
    );
    await expect(email).toBeFocused();
    await expect(
      page.getByRole('form', { name: 'Send us an enquiry' }).getByRole('alert'),
    ).toContainText('Please correct the 2 fields');
    await expect(page.getByLabel('Your name')).toHaveValue('Aina');
    await expect(page.getByLabel('Company (optional)')).toHaveValue('Rahman & Co');
    await expect(email).toHaveValue('not-an-email');
    expect(exported()).not.toContain('not-an-email');
  });

  test('a bot filling the hidden field gets the normal answer but is stored as spam', async ({
    page,
  }) => {
    const marker = `Cheap followers ${randomUUID()}`;
    await page.goto('/contact');
    await fill(page, { name: 'Bot', email: 'bot@example.com', message: marker });
    await page.locator('input[name="website"]').fill('http://spam.example', { force: true });
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByRole('status')).toContainText('we have your enquiry');
    expect(exported()).not.toContain(marker);
    expect(exported('--include-spam')).toContain(marker);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still sends, and errors still show with the values kept', async ({ page }) => {
    await page.goto('/contact');
    await fill(page, { name: 'Nurul', email: 'nurul@', message: 'Need a quote for ten laptops.' });
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText('Please enter an email address like name@company.com.'),
    ).toBeVisible();
    await expect(page.getByLabel('How can we help?')).toHaveValue('Need a quote for ten laptops.');

    const marker = `Ten laptops for the Penang office ${randomUUID()}`;
    await fill(page, { email: 'nurul@example.my', message: marker });
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByRole('status')).toContainText('we have your enquiry');
    expect(exported()).toContain(marker);
  });
});

test.describe('a visitor who fixes a mistake and sends again at once', () => {
  test('is stored as a real enquiry that waits for its email, not as spam', async ({ page }) => {
    // The browser's clock starts a minute behind the server's: the page was opened a minute ago.
    await page.clock.install({ time: Date.now() - 60_000 });
    await page.goto('/contact');
    const marker = `Quote for twelve laptops ${randomUUID()}`;
    await fill(page, { name: 'Siti Aminah', email: 'siti@gmail,com', message: marker });
    // The minute passes while they type; the clocks agree again when they press Send.
    await page.clock.setSystemTime(Date.now());
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    const email = page.getByLabel('Email', { exact: true });
    await expect(email).toHaveAttribute('aria-invalid', 'true');

    // Fixed within a second of the answer: a person who has spent a minute on the page.
    await fill(page, { email: 'siti@gmail.com' });
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByRole('status')).toContainText('we have your enquiry');
    const rows = JSON.parse(exported('--include-spam')) as Array<Record<string, unknown>>;
    expect(rows.filter((row) => row.message === marker)).toEqual([
      expect.objectContaining({ spam: false, spamReason: null, notifyStatus: 'pending' }),
    ]);
  });
});

test.describe('when the enquiry cannot reach the server', () => {
  // The browser reports the failed request itself; that is the situation under test.
  test.use({ expectedErrors: [/Failed to load resource/] });
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: Date.now() - 60_000 });
  });

  const failures = {
    // What a page opened before a redeploy meets: the server no longer knows its action.
    'a redeploy replaced the form’s action': (route: Route) =>
      route.continue({ headers: { ...route.request().headers(), 'next-action': '00'.repeat(21) } }),
    'the server fails': (route: Route) => route.fulfill({ status: 500, body: 'Internal error' }),
    'the network drops': (route: Route) => route.abort('connectionreset'),
  };

  for (const [failure, answer] of Object.entries(failures)) {
    test(`${failure}: what was typed stays, and the form says to try again or call`, async ({
      page,
    }) => {
      await page.goto('/contact');
      const marker = `Server room cooling ${randomUUID()}`;
      await fill(page, { name: 'Farid', email: 'farid@example.my', message: marker });
      await page.route('**/contact', (route) =>
        route.request().method() === 'POST' ? answer(route) : route.continue(),
      );
      await page.getByRole('button', { name: 'Send enquiry' }).click();

      const form = page.getByRole('form', { name: 'Send us an enquiry' });
      await expect(form.getByRole('alert')).toContainText(
        'could not confirm that your enquiry reached us',
      );
      // Focus stays with the form (the disabled Send button had dropped it): on the notice, and
      // the next Tab is the phone number.
      await expect(form.getByRole('alert')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(form.getByRole('link', { name: SITE.phone })).toBeFocused();
      await expect(form.getByRole('link', { name: SITE.phone })).toHaveAttribute('href', TEL);
      await expect(page.getByLabel('Your name')).toHaveValue('Farid');
      await expect(page.getByLabel('Email', { exact: true })).toHaveValue('farid@example.my');
      await expect(page.getByLabel('How can we help?')).toHaveValue(marker);

      // Once the server answers again, the same form sends.
      await page.unroute('**/contact');
      await page.getByRole('button', { name: 'Send enquiry' }).click();
      await expect(page.getByRole('status')).toContainText('we have your enquiry');
      expect(exported()).toContain(marker);
    });
  }
});
