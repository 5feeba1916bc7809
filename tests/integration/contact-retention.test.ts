import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contactConfig } from '@/lib/contact/core/config';
import { handleDrain } from '@/lib/contact/mail/drain';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import { startRetryTimer } from '@/lib/contact/mail/retry-timer';
import type { EnquiryStore } from '@/lib/contact/store/store';
import { postgresFactory, sqliteFactory, type StoreFactory } from '../helpers/stores';

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

async function save(store: EnquiryStore, email: string, createdAt: string, spam = false) {
  const id = randomUUID();
  await store.save({
    id,
    createdAt,
    spamReason: spam ? 'honeypot' : null,
    enquiry: { name: 'Aina', email, phone: '+60 12 345 6789', company: '', message: 'A quote.' },
  });
  return id;
}

/** Runs one of the operator's commands against the factory's last database. */
function command(factory: StoreFactory, script: string, ...args: string[]) {
  const run = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...factory.commandEnv() },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const factories: StoreFactory[] = [sqliteFactory()];
if (process.env.TEST_DATABASE_URL) factories.push(postgresFactory(process.env.TEST_DATABASE_URL));
else
  it.skip(
    'postgres retention and requests: needs a PostgreSQL server; set TEST_DATABASE_URL (.ci/run does)',
  );

describe('CONTACT_RETENTION_DAYS', () => {
  it('has a default the company can change, and stops on nonsense in one line', () => {
    expect(contactConfig({}).retentionDays).toBe(365);
    expect(contactConfig({ CONTACT_RETENTION_DAYS: '90' }).retentionDays).toBe(90);
    expect(() => contactConfig({ CONTACT_RETENTION_DAYS: 'soon' })).toThrow(
      'CONTACT_RETENTION_DAYS must be a whole number above 0 (it is "soon").',
    );
  });
});

describe.each(factories)('$name: retention, access and deletion requests', (factory) => {
  afterAll(() => factory.cleanup());

  it('the retry timer deletes emailed and spam enquiries past retention, never one still unsent', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const store = await factory.open();
    const oldSent = await save(store, 'old@example.my', ago(40));
    await store.markSent(oldSent);
    const oldSpam = await save(store, 'bot@example.my', ago(40), true);
    const oldUnsent = await save(store, 'waiting@example.my', ago(40));
    const recent = await save(store, 'new@example.my', ago(5));
    await store.markSent(recent);
    const timer = startRetryTimer({
      store,
      mailer: undefined,
      baseMs: 60_000,
      maxAttempts: 10,
      retentionDays: 30,
    });
    await timer.round();
    timer.stop();
    expect(await store.get(oldSent)).toBeUndefined();
    expect(await store.get(oldSpam)).toBeUndefined();
    expect(await store.get(oldUnsent)).toMatchObject({ notifyStatus: 'pending' });
    expect(await store.get(recent)).toMatchObject({ notifyStatus: 'sent' });
    const exported = command(factory, 'contact-export', '--format', 'json', '--include-spam');
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('waiting@example.my');
    expect(exported.stdout).toContain('new@example.my');
    expect(exported.stdout).not.toContain('old@example.my');
    await store.close();
  }, 30_000);

  it('the cron route deletes past retention too, and says how many', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.stubEnv('CONTACT_RETENTION_DAYS', '30');
    const store = await factory.open();
    const old = await save(store, 'old@example.my', ago(31));
    await store.markSent(old);
    const deps = { store, mailer: undefined, limiter: new RateLimiter(5, 60_000), now: Date.now };
    const request = new Request('http://localhost/api/contact/drain', {
      headers: { authorization: 'Bearer s3cret' },
    });
    const answer = await handleDrain(request, deps, 's3cret');
    expect(await answer.json()).toMatchObject({ ok: true, deleted: 1 });
    expect(await store.count()).toBe(0);
    vi.unstubAllEnvs();
    await store.close();
  });

  it('contact:find shows everything kept about a person, in JSON or CSV, whatever the case', async () => {
    const store = await factory.open();
    await save(store, 'Siti@Example.my', ago(2));
    await save(store, 'siti@example.my', ago(1), true);
    await save(store, 'other@example.my', ago(1));
    await store.close();
    const json = command(factory, 'contact-find', '--email', 'SITI@example.my');
    expect(json.status, json.stderr).toBe(0);
    const rows: unknown = JSON.parse(json.stdout);
    expect(rows).toHaveLength(2);
    expect(json.stdout).toContain('+60 12 345 6789');
    expect(json.stdout).not.toContain('other@example.my');
    expect(json.stderr).toContain('2 enquiries kept from SITI@example.my.');
    const csv = command(factory, 'contact-find', '--email', 'siti@example.my', '--format', 'csv');
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(3);
    expect(command(factory, 'contact-find').stderr).toContain('--email');
  }, 30_000);

  it('contact:forget deletes everything about a person, unsent included, and says how many', async () => {
    const store = await factory.open();
    await save(store, 'farid@example.my', ago(3));
    const sent = await save(store, 'Farid@example.my', ago(2));
    await store.markSent(sent);
    const kept = await save(store, 'other@example.my', ago(1));
    const forget = command(factory, 'contact-forget', '--email', 'farid@example.my');
    expect(forget.status, forget.stderr).toBe(0);
    expect(forget.stdout).toContain('Deleted 2 enquiries from farid@example.my.');
    expect(await store.findByEmail('farid@example.my')).toEqual([]);
    expect((await store.list()).map((e) => e.id)).toEqual([kept]);
    const again = command(factory, 'contact-forget', '--email', 'farid@example.my');
    expect(again.stdout).toContain('Deleted 0 enquiries');
    await store.close();
  }, 30_000);
});
