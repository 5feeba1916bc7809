import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { answerForm } from '@/lib/contact/http/form-action';
import { handleContactPost } from '@/lib/contact/http/http';
import { contactConfig } from '@/lib/contact/core/config';
import { sharedStore } from '@/lib/contact/store/open-store';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import type { SubmitDeps } from '@/lib/contact/core/submit';
import { site } from '@/lib/site/site';

const dir = mkdtempSync(join(tmpdir(), 'enquiries-down-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Where the database should go is a file, not a folder: SQLite cannot open it, as in a
// read-only or mistyped CONTACT_DB folder.
const blocker = join(dir, 'data');
const dbPath = join(blocker, 'contact.db');

function deps(): SubmitDeps {
  writeFileSync(blocker, 'not a folder');
  return {
    // The server's own store: opening it must not throw before the form can answer.
    store: sharedStore(contactConfig({ CONTACT_DB: dbPath })),
    mailer: undefined,
    limiter: new RateLimiter(100, 600_000),
    now: Date.now,
  };
}

const fields = {
  name: 'Siti Aminah',
  email: 'siti@gmail.com',
  message: 'Please quote twelve laptops for our Shah Alam office.',
};

describe('when the enquiries database cannot be opened', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  afterAll(() => logged.mockRestore());

  it('the form keeps what was typed and says so, and the next enquiry gets in once it is fixed', async () => {
    const d = deps();
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    const answer = await answerForm({ status: 'idle' }, form, 'c1', d);
    expect(answer).toEqual({
      state: { status: 'failed', values: { ...fields, phone: '', company: '' } },
      stored: false,
    });
    expect(String(logged.mock.calls.at(-1)?.[0])).toBe('contact: could not store an enquiry');

    rmSync(blocker); // the operator fixes the folder; no restart
    const again = await answerForm(answer.state, form, 'c1', d);
    expect(again.state.status).toBe('sent');
    expect(await d.store.count()).toBe(1);
    await d.store.close();
    rmSync(blocker, { recursive: true });
  });

  it('POST /api/contact answers 503 in words with the phone number, not a bare 500', async () => {
    const d = deps();
    const { response, stored } = await handleContactPost(
      new Request('http://localhost/api/contact', {
        method: 'POST',
        body: JSON.stringify(fields),
        headers: { 'content-type': 'application/json' },
      }),
      d,
    );
    expect(stored).toBe(false);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ok: false,
      error: `We could not save your enquiry just now. Please try again in a few minutes, or call us on ${site.phone}.`,
    });
  });
});
