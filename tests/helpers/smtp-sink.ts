import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type ReceivedMail = { from: string; to: string[]; raw: string };

/** Starts tests/helpers/smtp-sink-server.mjs and collects what it receives. */
export async function startSmtpSink(options: { reject?: boolean } = {}) {
  const child: ChildProcess = spawn(process.execPath, ['tests/helpers/smtp-sink-server.mjs'], {
    env: { ...process.env, SMTP_SINK_REJECT: options.reject ? '1' : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const received: ReceivedMail[] = [];
  const waiters: Array<() => void> = [];
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`smtp sink exited with ${code}`)));
    lines.on('line', (line) => {
      if (line.startsWith('LISTENING ')) return resolve(Number(line.slice(10)));
      received.push(JSON.parse(line) as ReceivedMail);
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
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
