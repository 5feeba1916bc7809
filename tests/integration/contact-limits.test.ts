import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresLimits } from '@/lib/contact/core/postgres-limits';

const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const MINUTE = 60_000;
const why = adminUrl ? 'real server' : 'skipped: set TEST_DATABASE_URL; .ci/run does';

describe.skipIf(!adminUrl)(`limits counted in PostgreSQL (${why})`, () => {
  const created: string[] = [];
  const opened: Array<{ close: () => Promise<void> }> = [];
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.close()));
    for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  /** Two instances' limits (each its own pool) on one fresh database. */
  async function twoInstances(client: number, site: number) {
    const name = `snynet_limits_${process.pid}_${created.length}_${Date.now()}`;
    await admin(`CREATE DATABASE ${name}`);
    created.push(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const windows = {
      client: { limit: client, windowMs: 10 * MINUTE },
      site: { limit: site, windowMs: 60 * MINUTE },
    };
    const a = openPostgresLimits(url.toString(), windows);
    const b = openPostgresLimits(url.toString(), windows);
    opened.push(a, b);
    return { a, b, url: url.toString() };
  }

  it('counts a client across instances, answers the seconds to its window end, then opens a new window', async () => {
    const { a, b } = await twoInstances(2, 100);
    const t = Date.parse('2026-12-01T10:00:00Z');
    expect(await a.limiter.take('203.0.113.7', t)).toBe(0);
    expect(await b.limiter.take('203.0.113.7', t + 1000)).toBe(0);
    expect(await a.limiter.take('203.0.113.7', t + 2000)).toBe(598);
    expect(await b.limiter.take('203.0.113.8', t + 2000)).toBe(0);
    expect(await b.limiter.take('203.0.113.7', t + 10 * MINUTE)).toBe(0);
  });

  it('holds the site-wide ceiling across instances and deletes ended windows by itself', async () => {
    const { a, b, url } = await twoInstances(5, 3);
    const t = Date.parse('2026-12-01T10:00:00Z');
    const answers = await Promise.all(
      [a, b, a, b, a].map((instance, i) => instance.ceiling.take('site', t + i)),
    );
    expect(answers.filter((seconds) => seconds === 0)).toHaveLength(3);
    for (let i = 0; i < 20; i += 1) await a.limiter.take(`198.51.100.${i}`, t);
    // Eleven minutes on, the client windows have ended: the next check deletes them.
    await b.limiter.take('192.0.2.1', t + 11 * MINUTE);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT key FROM contact_limits ORDER BY key');
    await client.end();
    expect(rows.map((row: { key: string }) => row.key)).toEqual(['client:192.0.2.1', 'site:site']);
  });
});
