import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Enquiry } from '@/lib/contact/core/schema';
import type { EnquiryStore } from '@/lib/contact/store/store';
import { postgresFactory, sqliteFactory, type StoreFactory } from '../helpers/stores';

const enquiry = (name: string): Enquiry => ({
  name,
  email: `${name.toLowerCase()}@example.my`,
  phone: '',
  company: 'Acme Sdn Bhd',
  message: `Hello from ${name}, we need help with our network.`,
});

const save = async (
  store: EnquiryStore,
  name: string,
  at: string,
  spamReason: string | null = null,
) => {
  const id = randomUUID();
  await store.save({ id, createdAt: at, enquiry: enquiry(name), spamReason });
  return id;
};

const factories: StoreFactory[] = [sqliteFactory()];
if (process.env.TEST_DATABASE_URL) factories.push(postgresFactory(process.env.TEST_DATABASE_URL));
else it.skip('postgres store: needs a PostgreSQL server; set TEST_DATABASE_URL (.ci/run does)');

describe.each(factories)('$name enquiry store', (factory) => {
  afterAll(() => factory.cleanup());

  it('creates its schema on first use and keeps every field', async () => {
    const store = await factory.open();
    const id = await save(store, 'Aina', '2026-11-28T10:00:00.000Z');
    expect(await store.get(id)).toEqual({
      id,
      createdAt: '2026-11-28T10:00:00.000Z',
      ...enquiry('Aina'),
      spam: false,
      spamReason: null,
      notifyStatus: 'pending',
      notifyAttempts: 0,
      notifyError: null,
    });
    expect(await store.get(randomUUID())).toBeUndefined();
    await store.close();
  });

  it('lists oldest first and leaves spam out unless asked', async () => {
    const store = await factory.open();
    await save(store, 'Second', '2026-11-28T11:00:00.000Z');
    await save(store, 'First', '2026-11-28T09:00:00.000Z');
    await save(store, 'Bot', '2026-11-28T10:00:00.000Z', 'honeypot');
    expect((await store.list()).map((e) => e.name)).toEqual(['First', 'Second']);
    const all = await store.list({ includeSpam: true });
    expect(all.map((e) => e.name)).toEqual(['First', 'Bot', 'Second']);
    expect(all[1]).toMatchObject({ spam: true, spamReason: 'honeypot', notifyStatus: 'skipped' });
    await store.close();
  });

  it('works as an outbox: failures stay pending with the error, sent ones leave it', async () => {
    const store = await factory.open();
    const a = await save(store, 'Alpha', '2026-11-28T09:00:00.000Z');
    const b = await save(store, 'Beta', '2026-11-28T09:01:00.000Z');
    await save(store, 'Spammer', '2026-11-28T09:02:00.000Z', 'too-fast');
    expect((await store.pending()).map((e) => e.id)).toEqual([a, b]);
    await store.markFailed(a, 'connect ECONNREFUSED', new Date().toISOString());
    await store.markSent(b);
    expect(await store.get(a)).toMatchObject({
      notifyStatus: 'pending',
      notifyAttempts: 1,
      notifyError: 'connect ECONNREFUSED',
    });
    expect(await store.get(b)).toMatchObject({
      notifyStatus: 'sent',
      notifyAttempts: 1,
      notifyError: null,
    });
    expect((await store.pending()).map((e) => e.id)).toEqual([a]);
    await store.close();
  });

  it('hands each waiting enquiry to one claimant until it is sent, failed or its claim lapses', async () => {
    const store = await factory.open();
    const other = await factory.openAgain();
    const a = await save(store, 'Alpha', '2026-11-28T09:00:00.000Z');
    const b = await save(store, 'Beta', '2026-11-28T09:01:00.000Z');
    const at = (minute: number) => `2026-11-28T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const claim = (s: EnquiryStore, minute: number) =>
      s.claimPending({ now: at(minute), until: at(minute + 15) });

    // Two servers asking at the same moment split the work; neither gets a row twice.
    const [mine, theirs] = await Promise.all([claim(store, 0), claim(other, 0)]);
    expect([...mine, ...theirs].map((e) => e.id).sort()).toEqual([a, b].sort());
    expect(await claim(other, 1)).toEqual([]);
    // Still waiting for the export and `contact:retry` while being sent.
    expect((await store.pending()).map((e) => e.id)).toEqual([a, b]);

    // A failure at 10:01 releases it for runs started after that, not for the run that failed it
    // (claiming with its start, 10:00), which would otherwise retry it in a loop.
    await store.markFailed(a, 'connect ECONNREFUSED', at(1));
    expect(await claim(store, 0)).toEqual([]);
    expect((await claim(other, 2)).map((e) => e.id)).toEqual([a]);
    await store.markSent(a);
    // b's sender never reported back: after the claim lapses another run may take it.
    expect(await claim(other, 14)).toEqual([]);
    expect((await claim(other, 16)).map((e) => e.id)).toEqual([b]);
    await store.close();
    await other.close();
  });

  it('saves the same enquiry sent again within the window once, even at the same instant', async () => {
    const store = await factory.open();
    const again = (e: Enquiry, at: string) =>
      store.saveUnlessSame(
        { id: randomUUID(), createdAt: at, enquiry: e, spamReason: null },
        '2026-11-28T09:55:00.000Z',
      );
    const same = enquiry('Farid');
    const copies = await Promise.all(
      Array.from({ length: 4 }, () => again(same, '2026-11-28T10:00:00.000Z')),
    );
    expect(copies.filter((c) => c === undefined)).toHaveLength(1);
    expect(await store.count()).toBe(1);
    const [kept] = await store.list();
    expect(copies.filter(Boolean).every((c) => c?.id === kept?.id)).toBe(true);
    // Different words, or another sender: a new enquiry.
    const changed = { ...same, message: `${same.message} Thanks!` };
    expect(await again(changed, '2026-11-28T10:01:00Z')).toBe(undefined);
    expect(await again({ ...same, email: 'other@example.my' }, '2026-11-28T10:01:00Z')).toBe(
      undefined,
    );
    expect(await store.count()).toBe(3);
    await store.close();
  });

  it('stores 200 enquiries saved at once, none lost, none doubled', async () => {
    const store = await factory.open();
    const ids = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        save(store, `Visitor${i}`, new Date(Date.UTC(2026, 10, 28, 0, 0, i)).toISOString()),
      ),
    );
    expect(await store.count()).toBe(200);
    expect(new Set((await store.list()).map((e) => e.id))).toEqual(new Set(ids));
    await store.close();
  });

  it('refuses a second enquiry with the same id instead of overwriting the first', async () => {
    const store = await factory.open();
    const id = await save(store, 'Original', '2026-11-28T09:00:00.000Z');
    await expect(
      store.save({
        id,
        createdAt: '2026-11-28T09:05:00.000Z',
        enquiry: enquiry('Intruder'),
        spamReason: null,
      }),
    ).rejects.toThrow();
    expect((await store.get(id))?.name).toBe('Original');
    await store.close();
  });
});

describe('sqlite file from before the outbox claimed rows', () => {
  const stores = sqliteFactory();
  afterAll(() => stores.cleanup());

  it('gains the claim column and keeps its enquiries', async () => {
    const first = await stores.open();
    const id = await save(first, 'Early', '2026-11-01T09:00:00.000Z');
    await first.close();
    const old = new Database(stores.lastPath());
    old.exec('ALTER TABLE enquiries DROP COLUMN notify_claimed_until');
    old.close();

    const store = await stores.openAgain();
    const now = '2026-11-28T10:00:00.000Z';
    const claimed = await store.claimPending({ now, until: '2026-11-28T10:15:00.000Z' });
    expect(claimed.map((e) => e.id)).toEqual([id]);
    await store.close();
  });
});
