import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every prerendered page of both languages is valid HTML: no error from the W3C Nu HTML Checker
 * (vnu-jar, the checker validator.w3.org runs, on the system's Java). Runs after `npm run build`
 * and `npm run build:static` (scripts/run-tests.mjs): the server build's pages, which
 * STATIC_EXPORT_CHECK points at, and the static export's out/.
 */
const serverHtml = process.env.STATIC_EXPORT_CHECK;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

type Message = { type: string; url?: string; message: string; extract?: string };

/** One checker run over all the files (Java starts once); its errors by file. */
function checkAll(files: string[]): Map<string, string[]> {
  // vnu-jar's main export is the path of its vnu.jar.
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`the HTML checker needs Java 11 or later: ${run.error.message}`);
  const report: { messages: Message[] } = JSON.parse(run.stderr);
  const errors = new Map<string, string[]>();
  for (const m of report.messages.filter((message) => message.type === 'error')) {
    const file = files.find((path) => pathToFileURL(resolve(path)).href === m.url) ?? String(m.url);
    errors.set(file, [...(errors.get(file) ?? []), `${m.message} — in: ${m.extract ?? ''}`]);
  }
  return errors;
}

describe.skipIf(!serverHtml)('valid HTML, in both languages', () => {
  const dirs = [serverHtml ?? '', 'out'].filter((dir) => existsSync(dir));
  const files = dirs.flatMap(htmlFiles);
  const errors = files.length ? checkAll(files) : new Map<string, string[]>();

  it('checks the pages of both builds, English and Malay', () => {
    expect(dirs).toEqual([serverHtml, 'out']);
    for (const dir of dirs) {
      const pages = htmlFiles(dir).map((file) => file.slice(dir.length));
      expect(
        pages.some((page) => /^\/ms[/.]/.test(page)),
        `${dir}: no Malay page`,
      ).toBe(true);
      expect(
        pages.some((page) => page.includes('contact')),
        `${dir}: no contact page`,
      ).toBe(true);
    }
  });

  it.each(files)('%s has no HTML error', (file) => {
    expect(errors.get(file) ?? []).toEqual([]);
  });
});
