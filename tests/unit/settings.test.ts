import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_SETTINGS, readSettings, SETTINGS } from '@/lib/settings';

const names = Object.keys(SETTINGS.shape).sort();

/** Backticked names in the first column of README's settings table. */
function readmeSettings(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('## Settings'), readme.indexOf('## Deploying'));
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  return rows
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Z_]+)/g)].map((m) => m[1] ?? ''))
    .sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the settings module', () => {
  it('lists exactly the variables .env.example documents, each with a line of its own', () => {
    const example = readFileSync('.env.example', 'utf8');
    const documented = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(documented)].sort()).toEqual(names);
    for (const name of names)
      expect(SETTINGS.shape[name as keyof typeof SETTINGS.shape].description).toBeTruthy();
  });

  it("lists exactly the variables README's settings table names", () => {
    expect([...new Set(readmeSettings())].sort()).toEqual(names);
  });

  it('stops on a value that does not parse, in one line naming the variable', () => {
    for (const [env, line] of [
      [
        { CONTACT_RATE_LIMIT: 'five' },
        'CONTACT_RATE_LIMIT must be a number above 0 (it is "five").',
      ],
      [
        { SMTP_URL: 'mail.example.com' },
        'SMTP_URL must be an address starting with smtp:// or smtps://',
      ],
      [
        { SITE_URL: 'https://www.snynet.com.my/blog' },
        "SITE_URL must be the site's address with no path",
      ],
      [{ CONTACT_FORM: 'maybe' }, 'CONTACT_FORM must be on or off'],
      [{ CONTENT_DIR: '../elsewhere' }, 'CONTENT_DIR must name a folder inside the project'],
    ] as const) {
      expect(() => readSettings(env)).toThrow(line);
    }
    expect(readSettings({}).CONTACT_RATE_LIMIT).toBe(5);
    expect(readSettings({ CONTACT_FORM: 'OFF' }).CONTACT_FORM).toBe(false);
  });

  it('is the only reader of the environment, apart from the values Next inlines', () => {
    // Next replaces these literal reads when it compiles (NODE_ENV, NEXT_PUBLIC_*, next.config.ts `env`).
    const inlined =
      /^(NODE_ENV|NEXT_RUNTIME|NEXT_PHASE|NEXT_PUBLIC_\w+|SNYNET_\w+|CONTENT_DIR|SITE_PREVIEW|VERCEL_ENV)$/;
    const files = [...sourceFiles('lib'), ...sourceFiles('app'), ...sourceFiles('components')];
    const reads = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z_]+)/g)]
        .map((m) => m[1] ?? '')
        .filter((name) => !inlined.test(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(reads).toEqual([]);
    expect(Object.keys(PLATFORM_SETTINGS.shape)).toContain('VERCEL');
  });
});
