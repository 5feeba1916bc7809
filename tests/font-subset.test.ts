import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBSET_FILE, subsetInter } from '../scripts/font-subset.mjs';

describe('the web font every page preloads', () => {
  it('is what `npm run font:subset` makes from the installed Inter package', async () => {
    const committed = readFileSync(SUBSET_FILE);
    const made = await subsetInter();
    expect(
      Buffer.compare(committed, made),
      'app/fonts/inter-latin-400-900.woff2 is stale: run npm run font:subset and commit it',
    ).toBe(0);
    expect(committed.length).toBeLessThan(33 * 1024);
  });
});
