import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps the rooms apart (eslint.config.mjs), tried on code as it would sit in
// the project: lintText resolves imports from the file path given, without writing the file.
const eslint = new ESLint();

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import/no-restricted-paths')
    .map((m) => m.message);
}

describe('which rooms may import which', () => {
  it('stops the site, posts and SEO from importing the content check or the admin', async () => {
    const check =
      "import { checkContent } from '../content-check/check-content';\nexport const c = checkContent;\n";
    const admin =
      "import { editorFields } from '@/lib/editor/fields';\nexport const e = editorFields;\n";
    for (const room of ['site', 'posts', 'seo'])
      expect(await messages(`lib/${room}/planted.ts`, check)).toEqual([
        expect.stringContaining('never depend on the check or the admin'),
      ]);
    expect(await messages('lib/posts/planted.ts', admin)).toHaveLength(1);
    // The check itself may read the site's routes.
    expect(
      await messages(
        'lib/content-check/planted.ts',
        "import { postPath } from '../site/routes';\nexport const p = postPath;\n",
      ),
    ).toEqual([]);
  }, 60_000);

  it('keeps stores out of components and pages out of lib', async () => {
    expect(
      await messages(
        'components/planted.tsx',
        "import { openStore } from '@/lib/contact/store/open-store';\nexport const o = openStore;\n",
      ),
    ).toHaveLength(1);
    expect(
      await messages(
        'lib/site/planted.ts',
        "import { SiteHeader } from '@/components/layout/site-header';\nexport const h = SiteHeader;\n",
      ),
    ).toHaveLength(1);
  }, 60_000);
});
