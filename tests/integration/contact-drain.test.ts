import { afterAll, describe, expect, it, vi } from 'vitest';
import { contactConfig } from '@/lib/contact/core/config';
import { handleDrain } from '@/lib/contact/mail/drain';
import { createMailer } from '@/lib/contact/mail/mailer';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import { startContactServices } from '@/lib/contact/http/server-start';
import type { EnquiryStore } from '@/lib/contact/store/store';
import type { SubmitDeps } from '@/lib/contact/core/submit';
import { startSmtpSink } from '../helpers/smtp-sink';
import { sqliteFactory, waitingEnquiry } from '../helpers/stores';

const stores = sqliteFactory();
afterAll(() => stores.cleanup());
const SECRET = 'the-cron-secret';

const waiting = waitingEnquiry;

const deps = (store: EnquiryStore, smtpUrl: string): SubmitDeps => ({
  store,
  mailer: createMailer({ ...contactConfig({}), smtpUrl, to: 'sales@snynet.test' }),
  limiter: new RateLimiter(5, 60_000),
  now: Date.now,
});

const drainWith = (authorization?: string) =>
  new Request('http://localhost/api/contact/drain', {
    headers: authorization ? { authorization } : {},
  });

describe('the cron route (/api/contact/drain)', () => {
  it('does not exist without CRON_SECRET, refuses a wrong or missing token, and sends what waits with the right one', async () => {
    const sink = await startSmtpSink();
    const store = await stores.open();
    try {
      const id = await waiting(store);
      const d = deps(store, sink.url);
      expect((await handleDrain(drainWith(`Bearer ${SECRET}`), d, undefined)).status).toBe(404);
      expect((await handleDrain(drainWith(), d, SECRET)).status).toBe(401);
      expect((await handleDrain(drainWith('Bearer wrong'), d, SECRET)).status).toBe(401);
      expect((await handleDrain(drainWith(SECRET), d, SECRET)).status).toBe(401);
      expect(sink.received).toHaveLength(0);
      const answer = await handleDrain(drainWith(`Bearer ${SECRET}`), d, SECRET);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ ok: true, sent: 1, failed: 0 });
      // The sink reports a message from its own process, a moment after accepting it.
      await sink.waitFor(1);
      expect(sink.received).toHaveLength(1);
      expect((await store.get(id))?.notifyStatus).toBe('sent');
    } finally {
      await sink.stop();
    }
  });

  it('gives every send of one enquiry the same Message-ID, derived from its id', async () => {
    const sink = await startSmtpSink();
    const store = await stores.open();
    try {
      const id = await waiting(store);
      const enquiry = await store.get(id);
      const mailer = deps(store, sink.url).mailer;
      // A crash after the mail server's accept and before markSent: the same enquiry goes again.
      await mailer?.send(enquiry!);
      await mailer?.send(enquiry!);
      await sink.waitFor(2);
      const ids = sink.received.map((m) => /^Message-ID: (.+)$/im.exec(m.raw)?.[1]?.trim());
      expect(ids).toEqual([`<enquiry-${id}@snynet.test>`, `<enquiry-${id}@snynet.test>`]);
    } finally {
      await sink.stop();
    }
  });

  it('leaves the retry timer off on Vercel, where no process outlives its requests', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(startContactServices({ VERCEL: '1' })).toEqual({ timer: false });
  });
});
