// A real SMTP server in its own process, for the mail tests: prints "LISTENING <port>", then one
// JSON line per message it receives ({ from, to, raw }). With SMTP_SINK_REJECT=1 it refuses mail;
// with SMTP_SINK_DELAY_MS it prints RECEIVING when a message starts and accepts it only after
// that long, like a slow provider. SMTP_SINK_PORT: listen there (a mail server coming back).
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const delay = Number(process.env.SMTP_SINK_DELAY_MS ?? 0);
    if (delay > 0) process.stdout.write('RECEIVING\n');
    /** @type {Buffer[]} */
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      if (process.env.SMTP_SINK_REJECT === '1')
        return callback(new Error('Mailbox unavailable (test)'));
      const raw = Buffer.concat(chunks).toString('utf8');
      const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      const to = session.envelope.rcptTo.map((r) => r.address);
      process.stdout.write(JSON.stringify({ from, to, raw }) + '\n');
      if (delay > 0) setTimeout(callback, delay);
      else callback();
    });
  },
});
server.listen(Number(process.env.SMTP_SINK_PORT ?? 0), '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
