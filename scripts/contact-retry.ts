// `npm run contact:retry`: emails every stored enquiry whose notification has not gone out yet.
import '../lib/build/load-env';
import { contactConfig } from '../lib/contact/core/config';
import { createMailer } from '../lib/contact/mail/mailer';
import { openStore } from '../lib/contact/store/open-store';
import { openOrExit } from '../lib/contact/store/open-or-exit';
import { deliverPending } from '../lib/contact/mail/outbox';

const config = contactConfig();
const mailer = createMailer(config);
if (!mailer) {
  console.error(
    'SMTP_URL and CONTACT_TO must both be set to send enquiries by email (see .env.example).',
  );
  process.exit(1);
}
const store = openOrExit(() => openStore(config, { mustExist: true }));
try {
  const waiting = (await store.pending()).length;
  const report = await deliverPending(store, mailer);
  // Enquiries a running server had claimed are being emailed by it right now (or, if it died
  // mid-send, become free once the claim lapses): say so, not "0 sent" as if all were done.
  const elsewhere = Math.max(0, waiting - report.sent - report.failed);
  console.log(
    `${waiting} waiting: ${report.sent} sent, ${report.failed} still unsent` +
      (elsewhere > 0
        ? `, ${elsewhere} being sent by a running server (run this again in 15 minutes if they stay unsent).`
        : '.'),
  );
  for (const error of report.errors) console.error(`  not sent: ${error}`);
  process.exitCode = report.failed > 0 || elsewhere > 0 ? 1 : 0;
} finally {
  await store.close();
}
