import { afterAll, describe, expect, it } from 'vitest';
import { answerForm } from '@/lib/contact/http/form-action';
import type { ContactFormState } from '@/lib/contact/http/form-state';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import { ELAPSED_FIELD, MIN_FILL_MS } from '@/lib/contact/core/spam';
import type { SubmitDeps } from '@/lib/contact/core/submit';
import { sqliteFactory } from '../helpers/stores';

const stores = sqliteFactory();
afterAll(() => stores.cleanup());

const NOW = Date.UTC(2026, 10, 29, 0, 1, 30);

async function deps(): Promise<SubmitDeps> {
  return {
    store: await stores.open(),
    mailer: undefined,
    limiter: new RateLimiter(100, 600_000),
    now: () => NOW,
  };
}

/** The form as the browser sends it, the page open `msAgo` by the browser's own measure. */
function form(email: string, msAgo: number): FormData {
  const data = new FormData();
  data.set('name', 'Siti Aminah');
  data.set('email', email);
  data.set('message', 'Please quote twelve laptops for our Shah Alam office.');
  data.set('website', '');
  data.set(ELAPSED_FIELD, String(msAgo));
  return data;
}

const quick = MIN_FILL_MS - 1000;

describe('the contact form’s Server Action (answerForm)', () => {
  it('still files a first submission made within seconds of opening the form as spam', async () => {
    const d = await deps();
    const { state, stored } = await answerForm(
      { status: 'idle' },
      form('siti@gmail.com', quick),
      'c1',
      d,
    );
    expect(state.status).toBe('sent');
    expect(stored).toBe(false);
    expect((await d.store.list({ includeSpam: true }))[0]).toMatchObject({
      spam: true,
      spamReason: 'too-fast',
      notifyStatus: 'skipped',
    });
  });

  const earlier: Record<string, ContactFormState> = {
    'an error to fix': {
      status: 'invalid',
      errors: { email: 'Please enter an email address like name@company.com.' },
      values: { name: 'Siti Aminah', email: 'siti@gmail,com', phone: '', company: '', message: '' },
    },
    'a failed save': {
      status: 'failed',
      values: { name: 'Siti Aminah', email: 'siti@gmail.com', phone: '', company: '', message: '' },
    },
  };

  for (const [answer, previous] of Object.entries(earlier)) {
    it(`sending again quickly after ${answer} is a real enquiry, to be emailed`, async () => {
      const d = await deps();
      const { state, stored } = await answerForm(previous, form('siti@gmail.com', quick), 'c2', d);
      expect(state.status).toBe('sent');
      expect(stored).toBe(true);
      expect(await d.store.list()).toEqual([
        expect.objectContaining({ spam: false, spamReason: null, notifyStatus: 'pending' }),
      ]);
    });
  }

  it('an invalid email is answered with its error and the values kept, nothing stored', async () => {
    const d = await deps();
    const { state, stored } = await answerForm(
      { status: 'idle' },
      form('siti@gmail,com', 60_000),
      'c3',
      d,
    );
    expect(state).toMatchObject({ status: 'invalid', values: { email: 'siti@gmail,com' } });
    expect(stored).toBe(false);
    expect(await d.store.count()).toBe(0);
  });
});
