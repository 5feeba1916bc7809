import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectCopy as sharedProjectCopy } from './helpers/project-copy';

const ROOT = process.cwd();
const copies: string[] = [];

function projectCopy(): string {
  const dir = sharedProjectCopy('build-script-');
  copies.push(dir);
  return dir;
}

function build(dir: string) {
  const result = spawnSync('node', ['scripts/build.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run build (scripts/build.mjs)', () => {
  it('stops on a broken post with only the content check’s plain-language report', () => {
    const dir = projectCopy();
    cpSync(
      join(ROOT, 'tests', 'fixtures', 'broken-posts', 'bad-date.mdx'),
      join(dir, 'content', 'posts', 'bad-date.mdx'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/posts/bad-date.mdx:3  (date)');
    expect(output).toContain('expected: a date written YYYY-MM-DD');
    // contentlayer's own error and the later steps never speak.
    expect(output).not.toMatch(/contentlayer|Build steps|next build/i);
    expect(existsSync(join(dir, '.next'))).toBe(false);
  }, 60_000);

  it('a site.json that does not parse gets the plain report, never a crash first', () => {
    const dir = projectCopy();
    writeFileSync(join(dir, 'content', 'site.json'), '{ "name": "Snynet Solution", }');
    for (const staticExport of ['', '1']) {
      const result = spawnSync('node', ['scripts/build.mjs'], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: '1',
          STATIC_EXPORT: staticExport,
          SITE_URL: '',
        },
      });
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toContain('content/site.json:1  (settings)');
      expect(output).toContain('expected: valid JSON');
      expect(output).not.toMatch(/SyntaxError|    at /);
      // And the address everything would point at is called out before anything else.
      expect(output.startsWith('⚠ SITE_URL is not set')).toBe(true);
    }
    // next.config.mjs (which `next dev` loads first) takes its build day from the same file.
    const config = spawnSync(
      'node',
      [
        '--input-type=module',
        '-e',
        "import('./next.config.mjs').then((c) => console.log(c.default.env.SNYNET_BUILD_DAY))",
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(config.status).toBe(0);
    expect(config.stdout.trim()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 60_000);

  it('calls out a placeholder or local SITE_URL first, as it does a missing one', () => {
    const dir = projectCopy();
    // A broken site.json stops the build right after the warning: the check is all this needs.
    writeFileSync(join(dir, 'content', 'site.json'), '{ "name": "Snynet Solution", }');
    const outputFor = (siteUrl: string) => {
      const result = spawnSync('node', ['scripts/build.mjs'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl },
      });
      expect(result.status).not.toBe(0);
      return `${result.stdout}${result.stderr}`;
    };
    for (const placeholder of [
      'https://www.example.com',
      'https://example.org',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      // .env.example's line, uncommented as it is.
      'https://www.your-domain.com.my',
    ]) {
      expect(outputFor(placeholder)).toMatch(
        new RegExp(`^⚠ SITE_URL is ${placeholder.replace(/\./g, '\\.')}, a placeholder`),
      );
    }
    const real = outputFor('https://www.snynet.com.my');
    expect(real).not.toContain('⚠ SITE_URL');
    expect(real).toContain('content/site.json:1  (settings)');
  }, 60_000);

  it('stops on a type error before next build starts', () => {
    const dir = projectCopy();
    writeFileSync(join(dir, 'lib', 'broken.ts'), 'export const year: number = "2021";\n');
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/lib\/broken\.ts\(1,14\): error TS2322/);
    expect(output).not.toContain('Build steps');
    expect(existsSync(join(dir, '.next'))).toBe(false);
  }, 120_000);
});
