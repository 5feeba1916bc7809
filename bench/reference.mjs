// The yardstick every page figure is compared with: a bare Next App Router page (~1,000 words,
// no client code of its own, no fonts or CSS), built and served by the bench from bench/.work.
// It uses the project's own `next` and React, so both sides move together on an upgrade.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, syntheticPost } from './site-copy.mjs';

export const REFERENCE_DIR = join(ROOT, 'bench', '.work', 'reference');

/** Plain paragraphs of the synthetic posts' words, about 1,000 of them. */
function words() {
  const text = [1, 2]
    .map((i) => syntheticPost(i).split('---')[2] ?? '')
    .join('\n\n')
    .split('\n')
    .filter((line) => /^[A-Z]/.test(line))
    .join(' ')
    .split(/\s+/)
    .slice(0, 1000)
    .join(' ');
  return text.match(/[^.]+\.(\s|$)/g) ?? [text];
}

export function writeReference() {
  rmSync(REFERENCE_DIR, { recursive: true, force: true });
  mkdirSync(join(REFERENCE_DIR, 'app'), { recursive: true });
  const sentences = words();
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6).join(''));
  writeFileSync(
    join(REFERENCE_DIR, 'app', 'layout.js'),
    `export const metadata = { title: 'Reference page', description: 'A bare Next.js page to compare with.' };
export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  );
  writeFileSync(
    join(REFERENCE_DIR, 'app', 'page.js'),
    `const paragraphs = ${JSON.stringify(paragraphs, null, 2)};
export default function Page() {
  return (
    <main>
      <h1>Reference page</h1>
      {paragraphs.map((text, i) => <p key={i}>{text}</p>)}
    </main>
  );
}
`,
  );
  // Turbopack must see the project's node_modules, two folders up.
  writeFileSync(
    join(REFERENCE_DIR, 'next.config.ts'),
    `export default { turbopack: { root: ${JSON.stringify(ROOT)} } };\n`,
  );
  return REFERENCE_DIR;
}
