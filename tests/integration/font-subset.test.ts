import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// HarfBuzz (the shaper subset-font cuts with) reads the font; fontverter unpacks the woff2.
// Both are CommonJS without types: these are the few calls used.
type Destroyable = { destroy(): void };
type HarfBuzz = {
  createBlob(data: Uint8Array): Destroyable;
  createFace(
    blob: Destroyable,
    index: number,
  ): Destroyable & {
    getAxisInfos(): Record<string, { min: number; max: number } | undefined>;
    collectUnicodes(): Uint32Array;
  };
};
const require = createRequire(import.meta.url);
const harfBuzz: Promise<HarfBuzz> = require('harfbuzzjs');
const fontverter: {
  convert(font: Buffer, format: 'sfnt'): Promise<Buffer>;
} = require('fontverter');

/** The web font every page preloads (`npm run font:subset` cuts it from the Inter package). */
const FONT = process.env.FONT_UNDER_TEST ?? 'app/fonts/inter-latin-400-900.woff2';
const PACKAGE_FONT = 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2';

/** The weight axis and the characters a woff2 font covers. */
async function coverage(file: string) {
  const hb = await harfBuzz;
  const blob = hb.createBlob(await fontverter.convert(readFileSync(file), 'sfnt'));
  const face = hb.createFace(blob, 0);
  const result = { weight: face.getAxisInfos().wght, characters: new Set(face.collectUnicodes()) };
  face.destroy();
  blob.destroy();
  return result;
}

/** Every character of the site's text: what editors write, and the components' own words. */
function siteCharacters(): Map<number, string> {
  const files = execFileSync('git', ['ls-files', 'content', 'app', 'components'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.(mdx|json|tsx)$/.test(file));
  const used = new Map<number, string>();
  for (const file of files)
    for (const character of readFileSync(file, 'utf8')) {
      const code = character.codePointAt(0) ?? 0;
      if (code >= 0x20 && !used.has(code)) used.set(code, file);
    }
  return used;
}

describe('the web font every page preloads', () => {
  it('has the whole weight range the stylesheet asks for, 400 to 900', async () => {
    const { weight } = await coverage(FONT);
    expect(weight?.min).toBeLessThanOrEqual(400);
    expect(weight?.max).toBeGreaterThanOrEqual(900);
  });

  it('has every character the site uses that Inter’s Latin file has', async () => {
    // One at a time: the woff2 decoder hands back memory that its next call reuses.
    const font = await coverage(FONT);
    const inter = await coverage(PACKAGE_FONT);
    const lost = [...siteCharacters()]
      .filter(([code]) => inter.characters.has(code) && !font.characters.has(code))
      .map(([code, file]) => `${String.fromCodePoint(code)} (U+${code.toString(16)}) in ${file}`);
    expect(lost, 'run npm run font:subset after widening its character ranges').toEqual([]);
    // The range is the Latin one, not only today's text: an editor's "ñ", "€" or "…" is there.
    for (const character of 'AZaz09ñéü€…—“”’•')
      expect(font.characters.has(character.codePointAt(0) ?? 0), character).toBe(true);
  });

  it('stays small enough to be worth preloading', () => {
    expect(readFileSync(FONT).length).toBeLessThan(33 * 1024);
  });
});
