import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contactConfig } from '@/lib/contact/core/config';
import { createMailer, enquiryText } from '@/lib/contact/mail/mailer';
import { NOT_EMAILED, notifyAfterResponse } from '@/lib/contact/mail/notify';
import { deliverPending } from '@/lib/contact/mail/outbox';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import { submitEnquiry, type SubmitDeps } from '@/lib/contact/core/submit';
import { sqliteFactory } from '../helpers/stores';
import { startSmtpSink } from '../helpers/smtp-sink';

const stores = sqliteFactory();
afterAll(() => stores.cleanup());

const valid = {
  name: 'Aina Rahman',
  email: 'aina@example.my',
  company: 'Rahman & Co',
  message: 'We would like a quote for moving 25 mailboxes to Microsoft 365.',
};

async function deps(smtpUrl: string | undefined): Promise<SubmitDeps> {
  const config = {
    ...contactConfig({}),
    smtpUrl,
    to: 'sales@snynet.test',
    from: 'website@snynet.test',
  };
  return {
    store: await stores.open(),
    mailer: createMailer(config),
    limiter: new RateLimiter(100, 600_000),
    now: Date.now,
  };
}

describe('email notification through a real SMTP server', () => {
  it('emails the company with the enquiry, replying to the visitor', async () => {
    const sink = await startSmtpSink();
    const d = await deps(sink.url);
    const outcome = await submitEnquiry(valid, 'client-1', d);
    expect(outcome.kind).toBe('stored');
    expect(await deliverPending(d.store, d.mailer)).toMatchObject({ sent: 1, failed: 0 });
    await sink.waitFor(1);
    const mail = sink.received[0]!;
    expect(mail.to).toEqual(['sales@snynet.test']);
    expect(mail.raw).toMatch(/^Reply-To: Aina Rahman <aina@example\.my>$/m);
    expect(mail.raw).toMatch(/^Subject: Website enquiry from Aina Rahman \(Rahman & Co\)$/m);
    // Quoted-printable may fold long lines with a trailing "=".
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(
      'We would like a quote for moving 25 mailboxes',
    );
    const [stored] = await d.store.list();
    expect(stored?.notifyStatus).toBe('sent');
    // When it was sent, in the company's time, with the exact moment kept in a header.
    expect(mail.raw).toMatch(
      /^Sent: +\w{3} \d{1,2} \w{3} \d{4}, \d{1,2}:\d{2} [AP]M \(Malaysia Time\)\r?$/m,
    );
    expect(mail.raw).toMatch(new RegExp(`^X-Enquiry-Created-At: ${stored?.createdAt}\\r?$`, 'm'));
    await sink.stop();
  });

  it('says when the enquiry came in on the company’s clock, not in UTC', () => {
    const text = enquiryText({
      id: 'e1',
      createdAt: '2026-11-29T00:01:30.564Z',
      ...valid,
      phone: '',
      spam: false,
      spamReason: null,
      notifyStatus: 'pending',
      notifyAttempts: 0,
      notifyError: null,
    });
    expect(text).toContain('Sent:    Sun 29 Nov 2026, 8:01 AM (Malaysia Time)\n');
    expect(text).not.toContain('2026-11-29T00:01');
  });

  it('cannot be made to add headers or recipients', async () => {
    const sink = await startSmtpSink();
    const d = await deps(sink.url);
    const evil = {
      ...valid,
      name: 'Eve\r\nBcc: victim@example.com',
      company: 'X\nSubject: hacked',
    };
    expect((await submitEnquiry(evil, 'client-2', d)).kind).toBe('stored');
    await deliverPending(d.store, d.mailer);
    await sink.waitFor(1);
    const mail = sink.received[0]!;
    expect(mail.to).toEqual(['sales@snynet.test']);
    expect(mail.raw).not.toMatch(/^Bcc:/im);
    expect(mail.raw.match(/^Subject:/gim)).toHaveLength(1);
    expect((await d.store.list())[0]?.name).toBe('Eve Bcc: victim@example.com');
    await sink.stop();
  });

  it('keeps the enquiry when SMTP is down and sends it on the next run', async () => {
    const refusing = await startSmtpSink({ reject: true });
    const d = await deps(refusing.url);
    await submitEnquiry(valid, 'client-3', d);
    const report = await deliverPending(d.store, d.mailer);
    expect(report).toMatchObject({ sent: 0, failed: 1 });
    const [waiting] = await d.store.pending();
    expect(waiting).toMatchObject({
      name: 'Aina Rahman',
      notifyStatus: 'pending',
      notifyAttempts: 1,
    });
    expect(waiting?.notifyError).toMatch(/Mailbox unavailable/);
    await refusing.stop();

    const sink = await startSmtpSink();
    const retry = {
      ...d,
      mailer: createMailer({ ...contactConfig({}), smtpUrl: sink.url, to: 'sales@snynet.test' }),
    };
    expect(await deliverPending(retry.store, retry.mailer)).toMatchObject({ sent: 1, failed: 0 });
    await sink.waitFor(1);
    expect(await d.store.pending()).toEqual([]);
    await sink.stop();
  });

  it('npm run contact:retry sends what is waiting', async () => {
    const d = await deps('smtp://127.0.0.1:9'); // nothing listens on the discard port
    await submitEnquiry(valid, 'client-4', d);
    expect(await deliverPending(d.store, d.mailer)).toMatchObject({ failed: 1 });
    const db = (await d.store.list())[0]?.id;
    expect(db).toBeDefined();
    await d.store.close();

    const sink = await startSmtpSink();
    const dbPath = stores.lastPath();
    const run = spawnSync('npx', ['tsx', 'scripts/contact-retry.ts'], {
      env: {
        ...process.env,
        CONTACT_DB: dbPath,
        SMTP_URL: sink.url,
        CONTACT_TO: 'sales@snynet.test',
        DATABASE_URL: '',
      },
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toContain('1 waiting: 1 sent, 0 still unsent.');
    expect(run.status).toBe(0);
    await sink.waitFor(1);
    expect(sink.received[0]?.raw).toContain('Aina Rahman');
    await sink.stop();
  }, 30_000);

  it('an SMTP_URL without smtp:// keeps the enquiry and says what to write, never the password', async () => {
    const d = await deps('mailer:Secret-pw@smtp.your-provider.com');
    await submitEnquiry(valid, 'client-5', d);
    const report = await deliverPending(d.store, d.mailer);
    expect(report).toMatchObject({ sent: 0, failed: 1 });
    const [waiting] = await d.store.pending();
    expect(waiting?.notifyError).toMatch(/SMTP_URL .*smtps:\/\/user:password@/);
    expect(report.errors.join('\n')).not.toContain('Secret-pw');
    expect(report.errors.join('\n')).not.toContain('127.0.0.1');
  });

  it('contact:retry pointed at a database file that is not there stops and creates nothing', () => {
    const missing = `${stores.lastPath()}-typo.db`;
    const run = spawnSync('npx', ['tsx', 'scripts/contact-retry.ts'], {
      env: {
        ...process.env,
        CONTACT_DB: missing,
        SMTP_URL: 'smtp://127.0.0.1:9',
        CONTACT_TO: 'sales@snynet.test',
        DATABASE_URL: '',
      },
      encoding: 'utf8',
    });
    expect(run.stderr).toContain(`No enquiries database at ${missing}.`);
    expect(run.stderr).toContain('Set CONTACT_DB');
    expect(run.status).toBe(1);
    expect(existsSync(missing)).toBe(false);
  }, 30_000);

  it('without SMTP settings each stored enquiry says in the server log that it was not emailed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const d = await deps(undefined);
    await submitEnquiry(valid, 'client-6', d);
    notifyAfterResponse(d);
    expect(warn).toHaveBeenCalledWith(NOT_EMAILED);
    expect(NOT_EMAILED).toContain('npm run contact:retry');
    warn.mockRestore();
  });
});
