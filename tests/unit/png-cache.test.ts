import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement as h } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedPng, describeDrawing, drawingKey } from '@/lib/seo/share-image-cache';

const card = (title: string, color = 'white') =>
  h('div', { style: { color, fontSize: 68 } }, h('span', null, 'Fixture Networks'), title);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('drawingKey of a card', () => {
  it('is the same for the same design and words, in any build', () => {
    expect(drawingKey(describeDrawing(card('Ledger ransomware')))).toBe(
      drawingKey(describeDrawing(card('Ledger ransomware'))),
    );
  });

  it('changes when the words, a nested text or the styling change', () => {
    const base = drawingKey(describeDrawing(card('Ledger ransomware')));
    expect(drawingKey(describeDrawing(card('Ledger ransomware!')))).not.toBe(base);
    expect(drawingKey(describeDrawing(card('Ledger ransomware', '#bae6fd')))).not.toBe(base);
    const renamed = h(
      'div',
      { style: { color: 'white', fontSize: 68 } },
      h('span', null, 'Fixture'),
      'Ledger ransomware',
    );
    expect(drawingKey(describeDrawing(renamed))).not.toBe(base);
  });
});

describe('cachedPng', () => {
  const png = (byte: number) => async () => new Uint8Array([137, 80, 78, 71, byte]);

  it('draws once, then serves the stored image', async () => {
    let draws = 0;
    const draw = async () => {
      draws++;
      return png(1)();
    };
    const first = await cachedPng(dir, 'card', draw);
    const second = await cachedPng(dir, 'card', draw);
    expect(draws).toBe(1);
    expect([...second]).toEqual([...first]);
  });

  it('draws a different wording anew', async () => {
    await cachedPng(dir, 'one', png(1));
    expect([...(await cachedPng(dir, 'two', png(2)))]).toEqual([137, 80, 78, 71, 2]);
  });

  it('leaves only whole images behind when many pages draw at once', async () => {
    await Promise.all(Array.from({ length: 20 }, () => cachedPng(dir, 'same', png(7))));
    expect(readdirSync(dir)).toEqual(['same.png']);
  });

  it('still serves the drawing where it cannot store it (a read-only disk)', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    expect([...(await cachedPng(join(file, 'cache'), 'card', png(4)))]).toEqual([
      137, 80, 78, 71, 4,
    ]);
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('creates its folder, and a failed drawing stores nothing', async () => {
    const nested = join(dir, 'a', 'b');
    await expect(
      cachedPng(nested, 'broken', async () => {
        throw new Error('satori failed');
      }),
    ).rejects.toThrow('satori failed');
    await cachedPng(nested, 'fine', png(3));
    expect(readdirSync(nested)).toEqual(['fine.png']);
  });
});
