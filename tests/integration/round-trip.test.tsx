import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MdxContent } from '@/components/mdx/mdx-content';
import { CONTENT_DIR } from '@/lib/settings';
import {
  CONTENT_LANGUAGES,
  languageFolder,
  pageModel,
  postModel,
  type Model,
} from '@/lib/content-model/model';
import { siteSchema } from '@/lib/site/schema';

/**
 * Round trip without damage: what the admin wrote when each file was opened and saved
 * without edits (e2e/keystatic-round-trip.dev.spec.ts keeps the copies; ROUND_TRIP_CHECK points
 * here) shows visitors exactly what the file in the content folder does: the same field values, with the
 * site's defaults for what is left out, and the same article HTML.
 */
const saved = process.env.ROUND_TRIP_CHECK;

function split(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** The values the site uses: a field left out counts as its fixed default. */
function values(data: Record<string, unknown>, model: Model): Record<string, unknown> {
  const filled = { ...data };
  for (const [name, spec] of Object.entries(model))
    if (filled[name] === undefined && spec.default && 'value' in spec.default)
      filled[name] = spec.default.value;
  return filled;
}

async function html(body: string): Promise<string> {
  const { prelude } = await prerender(<MdxContent locale="en" source={body} />);
  return new Response(prelude).text();
}

/** Each language's folder of a collection: posts/ and posts/ms/. */
const files = (collection: 'posts' | 'pages') =>
  CONTENT_LANGUAGES.flatMap((lang) => {
    const dir = join(CONTENT_DIR, collection, languageFolder(lang));
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => join(dir, name));
  });

describe.skipIf(!saved)('a file opened and saved in the admin, without edits', () => {
  const cases = [
    ...files('posts').map((file) => ({ file, model: postModel })),
    ...files('pages').map((file) => ({ file, model: pageModel })),
  ];

  it.each(cases)('$file: same values, same article HTML', async ({ file, model }) => {
    const copy = join(saved ?? '', 'first', file);
    expect(existsSync(copy), `${copy} was not saved by the admin`).toBe(true);
    const before = split(readFileSync(file, 'utf8'));
    const after = split(readFileSync(copy, 'utf8'));
    expect(values(after.data, model)).toEqual(values(before.data, model));
    expect(await html(after.body)).toBe(await html(before.body));
  });

  it('site.json: same settings', () => {
    const copy = join(saved ?? '', 'first', CONTENT_DIR, 'site.json');
    const settings = (path: string) => siteSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(settings(copy)).toEqual(settings(join(CONTENT_DIR, 'site.json')));
  });
});
