import { createServer, type Socket } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { CONNECT_TIMEOUT_MS, openPostgresStore } from '@/lib/contact/store/postgres-store';

// A database host that accepts connections and then says nothing (a network that went silent).
const sockets: Socket[] = [];
const silent = createServer((socket) => sockets.push(socket));
afterAll(() => {
  sockets.forEach((s) => s.destroy());
  silent.close();
});

it('a silent database fails the save within seconds (the visitor gets the 503), not never', async () => {
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const store = openPostgresStore(`postgres://u:p@127.0.0.1:${port}/enquiries`);
  const started = Date.now();
  const save = store.save({
    id: 'e1',
    createdAt: new Date().toISOString(),
    spamReason: null,
    enquiry: { name: 'A', email: 'a@example.my', phone: '', company: '', message: 'Hello there.' },
  });
  await expect(save).rejects.toThrow(/timeout/i);
  expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS + 2000);
  await store.close();
}, 15_000);
