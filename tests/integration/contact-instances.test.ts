import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cronAndKill, limitsAndMailOutage } from '../../bench/faults/instance-scenarios.mjs';
import type { Answer } from '../../bench/faults/instance-scenarios.mjs';
import { idsInMail } from '../../bench/faults/instances.mjs';
import { site } from '@/lib/site/site';

/**
 * Three `next start` of the server build on one PostgreSQL database behind a round-robin proxy,
 * as a load balancer would run them. `npm test` runs this file after its build, with
 * CONTACT_INSTANCES_CHECK=1; by hand: `npm run build`, then
 * `CONTACT_INSTANCES_CHECK=1 TEST_DATABASE_URL=… npx vitest run tests/integration/contact-instances.test.ts`.
 */
const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const ready = process.env.CONTACT_INSTANCES_CHECK === '1' && existsSync('.next-server/BUILD_ID');
const why = !adminUrl
  ? 'skipped: set TEST_DATABASE_URL (.ci/run does)'
  : !ready
    ? 'skipped: needs the server build and CONTACT_INSTANCES_CHECK=1 (npm test runs it after its build)'
    : 'real processes';

const count = (answers: Answer[], status: number) =>
  answers.filter((a) => a.status === status).length;

/** Every stored enquiry in exactly one message, and no message for anything else. */
function expectEachEmailedOnce(mail: string[], stored: Set<string>) {
  const perId = idsInMail(mail);
  expect(mail.length).toBe(stored.size);
  expect(new Set(perId.keys())).toEqual(stored);
  expect([...perId.values()].every((n) => n === 1)).toBe(true);
  for (const id of stored)
    expect(mail.some((raw) => raw.includes(`Message-ID: <enquiry-${id}@snynet.test>`))).toBe(true);
}

describe.skipIf(!adminUrl || !ready)(`three instances on one PostgreSQL (${why})`, () => {
  it('limit clients and the site as one server would, and email each enquiry once after a mail outage', async () => {
    const run = await limitsAndMailOutage({ adminUrl });
    // 60 clients × 2 pass the client limit; the site takes 100 of those 120 in its hour.
    expect(count(run.answers, 201)).toBe(100);
    expect(count(run.answers, 429)).toBe(500);
    const limited = run.answers.filter((a) => a.status === 429);
    const byClient = limited.filter((a) => a.error?.startsWith('Too many enquiries from this'));
    expect(byClient.length).toBe(480);
    for (const answer of limited) {
      expect(answer.error).toContain(site.phone);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    expect(run.loadSeconds).toBeLessThan(60);
    const acked = run.answers.filter((a) => a.status === 201).map((a) => String(a.id));
    expect(new Set(acked)).toEqual(run.stored);
    // The mail server came back 60 s after the instances started: their timers sent it all.
    expectEachEmailedOnce(run.mail, run.stored);
  }, 360_000);

  it('without a timer (VERCEL) only the cron route sends the backlog, and kill -9 loses no acknowledged enquiry', async () => {
    const run = await cronAndKill({ adminUrl });
    expect(count(run.backlog, 201)).toBe(30);
    expect(run.mailWithoutCron).toBe(0);
    expect(run.refused).toEqual([401, 401]);
    expect(run.mailAfterRefused).toBe(0);
    expect(run.drained.status).toBe(200);
    expectEachEmailedOnce(run.backlogMail, run.backlogStored);
    // One instance died mid-load: what it answered 201 before dying is stored; its share of
    // the requests got no answer, and none got a 5xx from a server.
    const acked = run.answers.filter((a) => a.status === 201);
    expect(acked.length).toBeGreaterThanOrEqual(100);
    expect(acked.filter((a) => !run.stored.has(String(a.id)))).toEqual([]);
    expect(run.answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(count(run.afterRestart, 201)).toBe(30);
  }, 240_000);
});
