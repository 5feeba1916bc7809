// The multi-instance scenarios, each on three fresh `next start` of the current build, one fresh
// PostgreSQL database and a round-robin proxy (instances.mjs). They return what happened;
// tests/integration/contact-instances.test.ts asserts it and `npm run bench:faults` prints it.
import * as parts from './parts.mjs';
import {
  freshDatabase,
  inBatches,
  send,
  startInstances,
  startMailSink,
  startProxy,
  until,
} from './instances.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const TO = 'sales@snynet.test';

/**
 * 600 enquiries from 60 client addresses (2 per client, 100 an hour for the site) while the mail
 * server is down; it comes up `outageMs` after the instances started, and their retry timers
 * send what is stored.
 */
export async function limitsAndMailOutage({ adminUrl, outageMs = 60_000 }) {
  const db = await freshDatabase(adminUrl);
  const smtpPort = await parts.freePort();
  const set = await startInstances(3, {
    DATABASE_URL: db.url,
    CONTACT_RATE_LIMIT: '2',
    CONTACT_SITE_LIMIT: '100',
    CONTACT_PROXY_HOPS: '1',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    CONTACT_TO: TO,
    CONTACT_RETRY_MS: '5000',
  });
  const mailDown = Date.now();
  const proxy = await startProxy(set.ports);
  let sink;
  try {
    const started = performance.now();
    const answers = await inBatches(600, 20, (i) => send(proxy.port, i, `203.0.113.${i % 60}`));
    const loadSeconds = (performance.now() - started) / 1000;
    const stored = await db.ids();
    await sleep(Math.max(0, mailDown + outageMs - Date.now()));
    sink = await startMailSink(smtpPort);
    const back = Date.now();
    await until(() => sink.raw.length >= stored.size, 180_000);
    const emailedAfterMs = Date.now() - back;
    // A second copy of any enquiry would arrive now.
    await sleep(3000);
    return { answers, stored, loadSeconds, mail: [...sink.raw], emailedAfterMs };
  } finally {
    await sink?.stop();
    await proxy.close();
    await set.stop();
    await db.drop();
  }
}

/**
 * As on Vercel (VERCEL=1: no retry timer): a backlog left while the mail server was down, which
 * only the cron route sends; then one instance killed with kill -9 mid-load and restarted.
 */
export async function cronAndKill({ adminUrl, secret = 'a-cron-secret-for-the-test' }) {
  const db = await freshDatabase(adminUrl);
  const smtpPort = await parts.freePort();
  const set = await startInstances(3, {
    DATABASE_URL: db.url,
    CONTACT_RATE_LIMIT: '1000000',
    CONTACT_SITE_LIMIT: '1000000',
    CONTACT_PROXY_HOPS: '1',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    CONTACT_TO: TO,
    // A timer, if one ran, would send within a second or two of the mail server's return.
    CONTACT_RETRY_MS: '1000',
    VERCEL: '1',
    CRON_SECRET: secret,
  });
  const proxy = await startProxy(set.ports);
  const drain = (authorization) =>
    fetch(`http://127.0.0.1:${proxy.port}/api/contact/drain`, {
      headers: authorization ? { authorization } : {},
    });
  let sink;
  try {
    const backlog = await inBatches(30, 10, (i) => send(proxy.port, i, `198.51.100.${i}`));
    const backlogStored = await db.ids();
    sink = await startMailSink(smtpPort);
    await sleep(4000);
    const mailWithoutCron = sink.raw.length;
    const refused = [(await drain()).status, (await drain('Bearer not-the-secret')).status];
    const mailAfterRefused = sink.raw.length;
    const drained = await drain(`Bearer ${secret}`);
    const drainedBody = await drained.json();
    await sleep(1000);
    const backlogMail = [...sink.raw];
    await sink.stop();

    let acked = 0;
    const answers = await inBatches(300, 15, (i) =>
      send(proxy.port, 1000 + i, `192.0.2.${i % 50}`).then((answer) => {
        if (answer.status === 201 && ++acked === 100) set.kill(1);
        return answer;
      }),
    );
    await set.restart(1);
    const afterRestart = await inBatches(30, 10, (i) =>
      send(proxy.port, 2000 + i, `192.0.2.${100 + i}`),
    );
    const stored = await db.ids();
    return {
      backlog,
      backlogStored,
      mailWithoutCron,
      refused,
      mailAfterRefused,
      drained: { status: drained.status, body: drainedBody },
      backlogMail,
      answers,
      afterRestart,
      stored,
    };
  } finally {
    await sink?.stop();
    await proxy.close();
    await set.stop();
    await db.drop();
  }
}
