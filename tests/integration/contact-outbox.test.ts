import { afterAll, describe, expect, it, vi } from 'vitest';
import { contactConfig } from '@/lib/contact/core/config';
import { createMailer } from '@/lib/contact/mail/mailer';
import { deliverPending } from '@/lib/contact/mail/outbox';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import { submitEnquiry } from '@/lib/contact/core/submit';
import { startSmtpSink } from '../helpers/smtp-sink';
import { postgresFactory, sqliteFactory, type StoreFactory } from '../helpers/stores';

// A provider that takes a second to accept each message (the reviewer's took three).
const SLOW_MS = 1000;

const factories: StoreFactory[] = [sqliteFactory()];
if (process.env.TEST_DATABASE_URL) factories.push(postgresFactory(process.env.TEST_DATABASE_URL));
else it.skip('postgres outbox: needs a PostgreSQL server; set TEST_DATABASE_URL (.ci/run does)');

const mailerFor = (smtpUrl: string) =>
  createMailer({ ...contactConfig({}), smtpUrl, to: 'sales@snynet.test' });

const enquiry = (name: string) => ({
  name,
  email: `${name.toLowerCase()}@example.my`,
  message: `Hello from ${name}: we need a quote for a new office network.`,
});

/** The enquiry ids the sink received, in order (the mailer sends each as X-Enquiry-Id). */
const mailedIds = (raws: readonly string[]) =>
  raws.map((raw) => /^X-Enquiry-Id: (\S+)/im.exec(raw)?.[1]);

describe.each(factories)('outbox on $name', (factory) => {
  afterAll(() => factory.cleanup());

  it('emails an enquiry that arrives while another’s email is going out, promptly and once', async () => {
    const sink = await startSmtpSink({ delayMs: SLOW_MS });
    const store = await factory.open();
    const mailer = mailerFor(sink.url);
    const deps = { store, mailer, limiter: new RateLimiter(100, 600_000), now: Date.now };
    const a = await submitEnquiry(enquiry('Aina'), 'client-a', deps);
    // What the server does after answering each visitor (lib/contact/mail/notify.ts).
    const afterA = deliverPending(store, mailer);
    await sink.waitForReceiving(1);
    const b = await submitEnquiry(enquiry('Badrul'), 'client-b', deps);
    const afterB = deliverPending(store, mailer);
    await Promise.all([afterA, afterB]);

    expect(await store.pending()).toEqual([]);
    for (const outcome of [a, b]) {
      if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
      expect(await store.get(outcome.id)).toMatchObject({
        notifyStatus: 'sent',
        notifyAttempts: 1,
      });
    }
    await sink.waitFor(2);
    expect(mailedIds(sink.received.map((m) => m.raw))).toEqual([
      a.kind === 'stored' && a.id,
      b.kind === 'stored' && b.id,
    ]);
    await store.close();
    await sink.stop();
  }, 20_000);

  it('two servers on one database email an enquiry once', async () => {
    const sink = await startSmtpSink({ delayMs: SLOW_MS });
    const one = await factory.open();
    const two = await factory.openAgain();
    const saved = await submitEnquiry(enquiry('Chong'), 'client-c', {
      store: one,
      mailer: undefined,
      limiter: new RateLimiter(100, 600_000),
      now: Date.now,
    });
    if (saved.kind !== 'stored') throw new Error(`not stored: ${saved.kind}`);
    // The second server is a second copy of the module, with nothing shared in memory.
    vi.resetModules();
    const { deliverPending: deliverOnServerTwo } = await import('@/lib/contact/mail/outbox');

    const reports = await Promise.all([
      deliverPending(one, mailerFor(sink.url)),
      deliverOnServerTwo(two, mailerFor(sink.url)),
    ]);
    expect(reports.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(await one.get(saved.id)).toMatchObject({ notifyStatus: 'sent', notifyAttempts: 1 });
    await sink.waitFor(1);
    expect(mailedIds(sink.received.map((m) => m.raw))).toEqual([saved.id]);
    await one.close();
    await two.close();
    await sink.stop();
  }, 20_000);

  it('sends a long queue batch by batch in one run, and tries a refused one once', async () => {
    const store = await factory.open();
    const deps = {
      store,
      mailer: undefined,
      limiter: new RateLimiter(100, 600_000),
      now: Date.now,
    };
    const names = ['Dina', 'Eng', 'Farid', 'Gita', 'Hafiz', 'Indra', 'Jun'];
    for (const [i, name] of names.entries()) await submitEnquiry(enquiry(name), `c${i}`, deps);

    const refusing = await startSmtpSink({ reject: true });
    const refused = await deliverPending(store, mailerFor(refusing.url));
    // Each tried once, not again and again within the run.
    expect(refused).toMatchObject({ sent: 0, failed: names.length });
    for (const e of await store.pending()) expect(e.notifyAttempts).toBe(1);
    await refusing.stop();

    // The next run (contact:retry, or the next visitor's) sends them all: more than one claim's worth.
    const sink = await startSmtpSink();
    const report = await deliverPending(store, mailerFor(sink.url));
    expect(report).toMatchObject({ sent: names.length, failed: 0 });
    expect(await store.pending()).toEqual([]);
    await store.close();
    await sink.stop();
  }, 20_000);
});
