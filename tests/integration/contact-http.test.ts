import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/contact/commands/export';
import { handleContactPost, MAX_BODY_BYTES } from '@/lib/contact/http/http';
import { RateLimiter } from '@/lib/contact/core/rate-limit';
import { rawEnquiry } from '@/lib/contact/core/fields';
import { validateEnquiry } from '@/lib/contact/core/schema';
import { spamVerdict } from '@/lib/contact/core/spam';
import type { StoredEnquiry } from '@/lib/contact/store/store';
import { clientKeyFrom } from '@/lib/contact/core/client-key';
import { SAME_ENQUIRY_WINDOW_MS, type SubmitDeps } from '@/lib/contact/core/submit';
import { sqliteFactory } from '../helpers/stores';

const stores = sqliteFactory();
afterAll(() => stores.cleanup());

const NOW = Date.UTC(2026, 10, 28, 4, 0, 0);
const valid = {
  name: 'Aina',
  email: 'aina@example.my',
  message: 'Please call me about a new office network.',
};

async function deps(limit = 5): Promise<SubmitDeps> {
  return {
    store: await stores.open(),
    mailer: undefined,
    limiter: new RateLimiter(limit, 600_000),
    now: () => NOW,
  };
}

const post = (body: string, type = 'application/json', headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/contact', {
    method: 'POST',
    body,
    headers: { 'content-type': type, 'x-forwarded-for': '203.0.113.5', ...headers },
  });

describe('validation', () => {
  it('accepts a good enquiry and tidies it', () => {
    const result = validateEnquiry(
      rawEnquiry({ ...valid, name: '  Aina\r\n Rahman ', phone: '+60 3-2345 6789' }),
    );
    expect(result).toEqual({
      ok: true,
      enquiry: {
        name: 'Aina Rahman',
        email: 'aina@example.my',
        phone: '+60 3-2345 6789',
        company: '',
        message: valid.message,
      },
    });
  });

  it('says what is wrong with each field, in words a visitor understands', () => {
    const result = validateEnquiry(
      rawEnquiry({ name: '', email: 'aina@', phone: 'call me', message: 'hi' }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Please tell us your name.',
        email: 'Please enter an email address like name@company.com.',
        phone: 'Please enter a phone number with digits, like +60 3 1234 5678.',
        message: 'Please write a few words about what you need (at least 10 characters).',
      },
    });
  });

  it('treats non-text values as missing rather than crashing', () => {
    expect(rawEnquiry({ name: { $gt: '' }, email: ['a'], message: 42 })).toEqual({
      name: '',
      email: '',
      phone: '',
      company: '',
      message: '42',
    });
  });

  it('flags the honeypot and inhumanly fast submissions, but not a missing duration', () => {
    expect(spamVerdict('http://x', '')).toEqual({ spam: true, reason: 'honeypot' });
    expect(spamVerdict('', '1000')).toEqual({ spam: true, reason: 'too-fast' });
    expect(spamVerdict('', '30000')).toEqual({ spam: false });
    expect(spamVerdict('', '')).toEqual({ spam: false });
  });

  it('judges the time the browser measured, not its clock: a fast device clock is no spam sign', async () => {
    // 45 s on the page, on a device whose clock is 44 s fast: its clock reading (what forms once
    // sent as startedAt) looks a second old to the server.
    const d = await deps();
    const fastClock = { ...valid, startedAt: String(NOW - 1000), elapsedMs: '45000' };
    expect((await handleContactPost(post(JSON.stringify(fastClock)), d)).response.status).toBe(201);
    const [row] = await d.store.list({ includeSpam: true });
    expect(row).toMatchObject({ spam: false, notifyStatus: 'pending' });
  });

  it('removes control and format characters from single-line fields (they reach email headers)', () => {
    const result = validateEnquiry(
      rawEnquiry({ ...valid, name: 'Aina\u202E nahmaR\u200B', company: 'Acme\u0007 Sdn\u00A0Bhd' }),
    );
    expect(result).toMatchObject({
      ok: true,
      enquiry: { name: 'Aina nahmaR', company: 'Acme Sdn Bhd' },
    });
  });
});

describe('POST /api/contact', () => {
  it('201 with an id for JSON and for a form, and the enquiry is stored', async () => {
    const d = await deps();
    const json = await handleContactPost(post(JSON.stringify(valid)), d);
    expect(json.response.status).toBe(201);
    const body = await json.response.json();
    expect(body).toEqual({ ok: true, id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const second = { ...valid, message: `${valid.message} Any day this week.` };
    const form = await handleContactPost(
      post(new URLSearchParams(second).toString(), 'application/x-www-form-urlencoded'),
      d,
    );
    expect(form.response.status).toBe(201);
    expect((await d.store.get(body.id))?.email).toBe('aina@example.my');
    expect(await d.store.count()).toBe(2);
  });

  it('422 with field errors for bad input, 400 for an unreadable body; nothing stored', async () => {
    const d = await deps();
    const bad = await handleContactPost(post(JSON.stringify({ ...valid, email: 'nope' })), d);
    expect(bad.response.status).toBe(422);
    expect(await bad.response.json()).toEqual({
      ok: false,
      errors: { email: 'Please enter an email address like name@company.com.' },
    });
    for (const body of ['{not json', '[1,2]', 'null']) {
      expect((await handleContactPost(post(body), d)).response.status).toBe(400);
    }
    expect(await d.store.count()).toBe(0);
  });

  it('413 over 32 KB, 415 for other content types', async () => {
    const d = await deps();
    const big = JSON.stringify({ ...valid, message: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await handleContactPost(post(big), d)).response.status).toBe(413);
    expect((await handleContactPost(post('hello', 'text/plain'), d)).response.status).toBe(415);
    expect(await d.store.count()).toBe(0);
  });

  it('the same enquiry sent twice (a double tap before the script ran) is stored once', async () => {
    const d = await deps();
    const body = JSON.stringify(valid);
    const [a, b] = await Promise.all([post(body), post(body)].map((r) => handleContactPost(r, d)));
    const ids = await Promise.all([a, b].map(async (r) => (await r?.response.json()).id));
    expect(ids[0]).toBe(ids[1]);
    expect([a?.stored, b?.stored].filter(Boolean)).toHaveLength(1);
    expect(await d.store.count()).toBe(1);
    // Changed before sending again: a new enquiry.
    const changed = JSON.stringify({ ...valid, message: `${valid.message} Tomorrow is best.` });
    await handleContactPost(post(changed), d);
    expect(await d.store.count()).toBe(2);
    // The same words ten minutes later: a new enquiry too.
    const later = { ...d, now: () => NOW + SAME_ENQUIRY_WINDOW_MS + 1 };
    expect((await handleContactPost(post(body), later)).response.status).toBe(201);
    expect(await d.store.count()).toBe(3);
  });

  it('429 with Retry-After once a client goes over the limit; other clients are unaffected', async () => {
    const d = await deps(5);
    const nth = (i: number) => JSON.stringify({ ...valid, message: `${valid.message} (${i})` });
    for (let i = 0; i < 5; i++)
      expect((await handleContactPost(post(nth(i)), d)).response.status).toBe(201);
    const limited = await handleContactPost(post(JSON.stringify(valid)), d);
    expect(limited.response.status).toBe(429);
    expect(Number(limited.response.headers.get('retry-after'))).toBe(600);
    const other = await handleContactPost(
      post(JSON.stringify(valid), 'application/json', { 'x-forwarded-for': '198.51.100.1' }),
      d,
    );
    expect(other.response.status).toBe(201);
    expect(await d.store.count()).toBe(6);
  });

  it('does not count rejected submissions: fixing a typo five times never locks anyone out', async () => {
    const d = await deps(2);
    const typo = JSON.stringify({ ...valid, email: 'aina@example' });
    for (let i = 0; i < 5; i++)
      expect((await handleContactPost(post(typo), d)).response.status).toBe(422);
    expect((await handleContactPost(post(JSON.stringify(valid)), d)).response.status).toBe(201);
    expect(await d.store.count()).toBe(1);
  });

  it('keys the limit on the address our proxy saw, not on what the client wrote in front of it', async () => {
    const d = await deps(1);
    const from = (forwarded: string) =>
      post(JSON.stringify(valid), 'application/json', { 'x-forwarded-for': forwarded });
    expect((await handleContactPost(from('10.0.0.1, 203.0.113.7'), d)).response.status).toBe(201);
    // Same client (what nginx appended), a different made-up address in front: still limited.
    expect((await handleContactPost(from('10.0.0.2, 203.0.113.7'), d)).response.status).toBe(429);
    expect(
      clientKeyFrom(new Headers({ 'x-forwarded-for': 'made-up, 203.0.113.7, 198.51.100.2' }), 2),
    ).toBe('203.0.113.7');
    expect(clientKeyFrom(new Headers({ 'x-real-ip': '203.0.113.8' }), 1)).toBe('203.0.113.8');
  });

  it('answers spam like a real enquiry but stores it flagged and does not notify', async () => {
    const d = await deps();
    const result = await handleContactPost(
      post(JSON.stringify({ ...valid, website: 'http://spam.example' })),
      d,
    );
    expect(result.response.status).toBe(201);
    expect(result.stored).toBe(false);
    expect(await d.store.list()).toEqual([]);
    expect((await d.store.list({ includeSpam: true }))[0]).toMatchObject({
      spam: true,
      notifyStatus: 'skipped',
    });
  });
});

describe('export', () => {
  it('writes CSV that a spreadsheet cannot be tricked by', () => {
    const row: StoredEnquiry = {
      id: '1',
      createdAt: '2026-11-28T04:00:00.000Z',
      name: '=HYPERLINK("http://evil")',
      email: 'a@b.my',
      phone: '+60 11',
      company: 'A "quoted" name',
      message: 'line one\nline two',
      spam: false,
      spamReason: null,
      notifyStatus: 'sent',
      notifyAttempts: 1,
      notifyError: null,
    };
    const csv = toCsv([row]);
    expect(csv.split('\r\n')[0]).toBe(
      'id,createdAt,name,email,phone,company,message,spam,notifyStatus',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"'+60 11"`);
    expect(csv).toContain('"A ""quoted"" name"');
    expect(csv).toContain('"line one\nline two"');
  });
});
