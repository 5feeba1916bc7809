import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contactConfig } from '@/lib/contact/core/config';
import { createMailer } from '@/lib/contact/mail/mailer';
import { startRetryTimer } from '@/lib/contact/mail/retry-timer';
import { freePort } from '../helpers/next-server';
import { startSmtpSink } from '../helpers/smtp-sink';
import { sqliteFactory, waitingEnquiry } from '../helpers/stores';

const stores = sqliteFactory();
afterAll(() => stores.cleanup());
const timers: Array<{ stop: () => void }> = [];
afterEach(() => timers.splice(0).forEach((t) => t.stop()));

const mailerFor = (smtpUrl: string) =>
  createMailer({ ...contactConfig({}), smtpUrl, to: 'sales@snynet.test' });

const waiting = waitingEnquiry;

const until = async (check: () => Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('the mail retry timer', () => {
  it('emails an enquiry saved while the mail server was down once it is back, by itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = await stores.open();
    const port = await freePort(); // nothing listens: the mail server is down
    const id = await waiting(store);
    timers.push(
      startRetryTimer({
        store,
        mailer: mailerFor(`smtp://127.0.0.1:${port}`),
        baseMs: 100,
        maxAttempts: 10,
        retentionDays: 365,
      }),
    );
    await until(async () => (await store.get(id))?.notifyAttempts === 1, 5000);
    const sink = await startSmtpSink({ port });
    try {
      await sink.waitFor(1);
      await until(async () => (await store.get(id))?.notifyStatus === 'sent', 5000);
    } finally {
      await sink.stop();
    }
  });

  it('waits longer after each failed round, and stops at the maximum number of attempts', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const refusing = await startSmtpSink({ reject: true });
    const store = await stores.open();
    const id = await waiting(store);
    const started = Date.now();
    try {
      timers.push(
        startRetryTimer({
          store,
          mailer: mailerFor(refusing.url),
          baseMs: 50,
          maxAttempts: 3,
          retentionDays: 365,
        }),
      );
      // Rounds at 50, 150, 350 ms (doubling), then none: attempts stop at 3.
      await until(async () => (await store.get(id))?.notifyAttempts === 3, 5000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await store.get(id)).toMatchObject({ notifyStatus: 'pending', notifyAttempts: 3 });
    } finally {
      await refusing.stop();
    }
  });

  it('says in the log when the oldest waiting enquiry is over an hour old, once an hour', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = await stores.open();
    await waiting(store, new Date(Date.now() - 2.5 * 3600_000).toISOString());
    const timer = startRetryTimer({
      store,
      mailer: undefined,
      baseMs: 60_000,
      maxAttempts: 10,
      retentionDays: 365,
    });
    timers.push(timer);
    await timer.round();
    await timer.round();
    const lines = warned.mock.calls.map((call) => String(call[0]));
    expect(lines).toEqual([
      expect.stringContaining('oldest enquiry waiting for its email came in over 2 hours ago'),
    ]);
  });
});
