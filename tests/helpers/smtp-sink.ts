import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type ReceivedMail = { from: string; to: string[]; raw: string };

/**
 * Starts tests/helpers/smtp-sink-server.mjs and collects what it receives. `delayMs`: it accepts
 * each message only that long after receiving it, like a slow provider. `port`: a fixed port.
 */
export async function startSmtpSink(
  options: { reject?: boolean; delayMs?: number; port?: number } = {},
) {
  const child: ChildProcess = spawn(process.execPath, ['tests/helpers/smtp-sink-server.mjs'], {
    env: {
      ...process.env,
      SMTP_SINK_REJECT: options.reject ? '1' : '',
      SMTP_SINK_DELAY_MS: String(options.delayMs ?? 0),
      SMTP_SINK_PORT: String(options.port ?? 0),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const received: ReceivedMail[] = [];
  let receiving = 0;
  const waiters: Array<() => void> = [];
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`smtp sink exited with ${code}`)));
    lines.on('line', (line) => {
      if (line.startsWith('LISTENING ')) return resolve(Number(line.slice(10)));
      if (line === 'RECEIVING') receiving += 1;
      else received.push(JSON.parse(line) as ReceivedMail);
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** With `delayMs`: resolves once `count` messages have started to arrive. */
    waitForReceiving: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (receiving >= count ? resolve() : waiters.push(check));
        check();
      }),
    /** Resolves once `count` messages have arrived. */
    waitFor: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (received.length >= count ? resolve() : waiters.push(check));
        check();
      }),
    stop: () =>
      new Promise<void>((resolve) =>
        child.exitCode !== null
          ? resolve()
          : (child.once('exit', () => resolve()), child.kill('SIGTERM')),
      ),
  };
}
