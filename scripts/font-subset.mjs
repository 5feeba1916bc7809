// `npm run font:subset`: writes app/fonts/inter-latin-400-900.woff2, the web font every page
// preloads, from the @fontsource-variable/inter package (OFL, app/fonts/LICENSE-inter.txt).
//
// The package's Latin file carries the whole 100–900 weight axis and every OpenType feature:
// 48 KB, the largest file in a page's first paint and, in Lighthouse's simulated slow 4G, the
// last thing its LCP waited for. Nothing here is lighter than 400 and no optional features are
// used (tabular figures, stylistic sets), so this keeps the same characters with weights
// 400–900: 32 KB (400–800 would be 31 KB, but bold text inside a bold heading asks for 900).
// tests/integration/font-subset.test.ts checks the committed file has these weights and the characters used.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const SOURCE = new URL(
  '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  import.meta.url,
);
export const SUBSET_FILE = fileURLToPath(
  new URL('../app/fonts/inter-latin-400-900.woff2', import.meta.url),
);
/** The package's own unicode-range for this file (its wght.css), so no character is lost. */
const LATIN = [
  [0x0000, 0x00ff],
  [0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6],
  [0x02da],
  [0x02dc],
  [0x0304],
  [0x0308],
  [0x0329],
  [0x2000, 0x206f],
  [0x20ac],
  [0x2122],
  [0x2191],
  [0x2193],
  [0x2212],
  [0x2215],
  [0xfeff],
  [0xfffd],
];
/** The weights the stylesheet asks for: font-normal up to `strong` inside a bold heading (900). */
export const WEIGHTS = { min: 400, max: 900 };

export const latinCharacters = () =>
  LATIN.flatMap(([first, last = first]) =>
    Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
  ).join('');

/** @returns {Promise<Buffer>} */
export const subsetInter = () =>
  subsetFont(readFileSync(SOURCE), latinCharacters(), {
    targetFormat: 'woff2',
    variationAxes: { wght: WEIGHTS },
  });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const font = await subsetInter();
  writeFileSync(SUBSET_FILE, font);
  console.log(`wrote ${SUBSET_FILE} (${(font.length / 1024).toFixed(1)} KiB)`);
}
