import { describe, expect, it, vi } from 'vitest';

// One failed read of the logo (say, a file system hiccup on a long-running server) must not be
// remembered: the next card reads it again and draws.
let failNextLogoRead = true;
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (...args: Parameters<typeof real.readFile>) => {
    if (String(args[0]).endsWith('logo.svg') && failNextLogoRead) {
      failNextLogoRead = false;
      return Promise.reject(new Error('EIO: logo read failed'));
    }
    return real.readFile(...args);
  };
  return { ...real, readFile, default: { ...real, readFile } };
});

const { drawShareCard } = await import('@/components/og/share-image');

describe('the share card after a failed read', () => {
  it('fails that once, then draws again', async () => {
    await expect(drawShareCard('Ledger ransomware', 'Security')).rejects.toThrow(
      'logo read failed',
    );
    const png = await drawShareCard('Ledger ransomware', 'Security');
    expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
  });
});
