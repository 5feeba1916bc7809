import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawShareCard, shareCardFooter } from '@/components/og/share-image';

type Rgb = [number, number, number];
const CYAN: Rgb = [0x08, 0x91, 0xb2];
const INK: Rgb = [0x0b, 0x1b, 0x36];

async function pixels(png: Uint8Array) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number): Rgb => {
    const i = (y * info.width + x) * 3;
    return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1];
  };
  return { info, at };
}

// The fixture's longest title (ransomware-hits-accounting-firms): over 70 characters, so the card
// draws it in its smaller size, on more than one line.
const LONG_TITLE = 'Ransomware is hitting accounting firms harder than anyone expected this year';

describe('the share card', () => {
  it('is a 1200×630 PNG with the accent band along its bottom edge', async () => {
    const { info, at } = await pixels(await drawShareCard(LONG_TITLE, '08 Mar 2021 · Security'));
    expect([info.width, info.height]).toEqual([1200, 630]);
    for (const x of [0, 600, 1199]) expect(at(x, 622)).toEqual(CYAN);
  });

  it('keeps a long title inside the margins, and draws the title and footer in light ink', async () => {
    const { at } = await pixels(await drawShareCard(LONG_TITLE, '08 Mar 2021 · Security'));
    // The right margin (72 px) holds only background, all the way down to the band.
    for (let y = 0; y < 614; y += 2)
      for (let x = 1130; x < 1200; x += 5) expect(at(x, y), `${x},${y}`).toEqual(INK);
    const lit = (top: number, bottom: number) => {
      let count = 0;
      for (let y = top; y < bottom; y += 2)
        for (let x = 72; x < 1128; x += 2) if ((at(x, y)[0] ?? 0) > 180) count++;
      return count;
    };
    expect(lit(180, 480), 'title').toBeGreaterThan(2000);
    expect(lit(500, 590), 'footer').toBeGreaterThan(200);
  });

  it('leaves out what its font cannot draw (other scripts, emoji) instead of drawing boxes', async () => {
    const mixed = await drawShareCard('Cloud backup 云备份 பாதுகாப்பு 🚀 for a café', 'Security');
    const plain = await drawShareCard('Cloud backup for a café', 'Security');
    expect(Buffer.from(mixed).equals(Buffer.from(plain))).toBe(true);
  });
});

describe('the line under the title', () => {
  it('gives a Malay post’s date in Malay, and its first three tags', () => {
    const post = { date: '2021-03-09', tags: ['keselamatan', 'rangkaian', 'awan', 'pejabat'] };
    expect(shareCardFooter(post, 'ms')).toBe('9 Mac 2021 · Keselamatan · Rangkaian · Awan');
    expect(shareCardFooter({ date: '2021-03-09', tags: ['security'] }, 'en')).toBe(
      '09 Mar 2021 · Security',
    );
  });
});
