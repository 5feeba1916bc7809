// The rows `npm run bench:faults` prints for three instances on one PostgreSQL.
import { cronAndKill, limitsAndMailOutage } from './instance-scenarios.mjs';
import { idsInMail } from './instances.mjs';

/** @typedef {import('./instance-scenarios.mjs').Answer} Answer */

/**
 * Each stored enquiry in exactly one message.
 * @param {readonly string[]} mail
 * @param {Set<string>} stored
 */
const onceEach = (mail, stored) => {
  const perId = idsInMail(mail);
  return perId.size === stored.size && [...perId.values()].every((n) => n === 1);
};

/**
 * The multi-instance rows of `npm run bench:faults`, in its table's shape (`row`), or undefined
 * without TEST_DATABASE_URL.
 * @template R
 * @param {(scenario: string, answers: Answer[], stored: Set<string>, note?: string) => R} row
 * @param {number} OUTAGE_S
 * @returns {Promise<R[] | undefined>}
 */
export async function instanceRows(row, OUTAGE_S) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined;
  const limits = await limitsAndMailOutage({ adminUrl, outageMs: OUTAGE_S * 1000 });
  /** @param {number} status */
  const count = (status) => limits.answers.filter((a) => a.status === status).length;
  const cron = await cronAndKill({ adminUrl });
  return [
    row(
      '3 instances: 600 from 60 addresses (2 per client, 100/h)',
      limits.answers,
      limits.stored,
      `${count(201)} × 201, ${count(429)} × 429 in ${limits.loadSeconds.toFixed(1)} s`,
    ),
    row(
      `3 instances: SMTP down ${OUTAGE_S} s, then up`,
      limits.answers,
      limits.stored,
      `${limits.mail.length}/${limits.stored.size} emailed ${(limits.emailedAfterMs / 1000).toFixed(1)} s after; ` +
        `each once: ${onceEach(limits.mail, limits.stored) ? 'yes' : 'NO'}`,
    ),
    row(
      '3 instances: kill -9 one after 100 acks, restart',
      cron.answers,
      cron.stored,
      `after restart ${cron.afterRestart.filter((a) => a.status === 201).length}/30 stored`,
    ),
    row(
      'VERCEL=1 (no timer): backlog, then the cron route',
      cron.backlog,
      cron.backlogStored,
      `${cron.mailWithoutCron} emailed before the cron call, ${cron.backlogMail.length} after; ` +
        `each once: ${onceEach(cron.backlogMail, cron.backlogStored) ? 'yes' : 'NO'}`,
    ),
  ];
}
