import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { leaveInterruptedOutput } from '../helpers/broken-generated';
import { projectCopy as sharedProjectCopy } from '../helpers/project-copy';

const ROOT = process.cwd();
const copies: string[] = [];

/** `hardLinks` for a copy that reaches next build: Turbopack refuses a symlinked node_modules. */
function projectCopy(options: { hardLinks?: boolean } = {}): string {
  const dir = sharedProjectCopy('build-script-', options);
  copies.push(dir);
  return dir;
}

function build(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** next.config.ts as `next build` loads it: the function of the phase, in a fresh process. */
function loadConfig(dir: string, env: Record<string, string>) {
  const result = spawnSync(
    'node',
    [
      '--input-type=module',
      '-e',
      "const c = await import('./next.config.ts'); const o = c.default('phase-production-build');" +
        'console.log(JSON.stringify({ day: o.env.SNYNET_BUILD_DAY, distDir: o.distDir }));',
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('stops on a broken post with only the content check’s plain-language report', () => {
    const dir = projectCopy();
    cpSync(
      join(ROOT, 'tests', 'fixtures', 'broken-posts', 'bad-date.mdx'),
      join(dir, CONTENT_DIR, 'posts', 'bad-date.mdx'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${CONTENT_DIR}/posts/bad-date.mdx:3  (date)`);
    expect(output).toContain('expected: a date written YYYY-MM-DD');
    // contentlayer's own error and next build never speak.
    expect(output).not.toMatch(/Generated \d+ documents|Next\.js/);
    expect(existsSync(join(dir, '.next-server'))).toBe(false);
  }, 60_000);

  it('a site.json that does not parse gets the plain report, never a crash first', () => {
    const dir = projectCopy();
    writeFileSync(join(dir, CONTENT_DIR, 'site.json'), '{ "name": "Fixture Networks", }');
    for (const staticExport of ['', '1']) {
      const { status, output } = build(dir, { STATIC_EXPORT: staticExport });
      expect(status).not.toBe(0);
      expect(output).toContain(`${CONTENT_DIR}/site.json:1  (settings)`);
      expect(output).toContain('expected: valid JSON');
      expect(output).not.toMatch(/SyntaxError|    at /);
    }
    // next.config.ts (which `next dev` loads first) takes its build day from the same file.
    const config = loadConfig(dir, {});
    expect(config.status).toBe(0);
    expect(JSON.parse(config.stdout).day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 60_000);

  it('calls out a missing, placeholder or local SITE_URL when next build loads its config', () => {
    const dir = projectCopy();
    const warningsFor = (siteUrl: string) => {
      const { status, stderr } = loadConfig(dir, { SITE_URL: siteUrl });
      expect(status).toBe(0);
      return stderr;
    };
    expect(warningsFor('')).toMatch(/^⚠ SITE_URL is not set/);
    for (const placeholder of [
      'https://www.example.com',
      'https://example.org',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      // .env.example's line, uncommented as it is.
      'https://www.your-domain.com.my',
    ]) {
      expect(warningsFor(placeholder)).toMatch(
        new RegExp(`^⚠ SITE_URL is ${placeholder.replace(/\./g, '\\.')}, a placeholder`),
      );
    }
    expect(warningsFor('https://www.snynet.com.my')).not.toContain('⚠ SITE_URL');
    // A Server Actions key Next could not use stops the build in plain words.
    const badKey = loadConfig(dir, { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'my-secret' });
    expect(badKey.status).not.toBe(0);
    expect(badKey.stderr).toContain('must be a base64 AES key of 16, 24 or 32 bytes');
  }, 60_000);

  it('stops on a type error inside next build, before any page is prerendered, warning once', () => {
    const dir = projectCopy({ hardLinks: true });
    writeFileSync(join(dir, 'lib', 'broken.ts'), 'export const year: number = "2021";\n');
    // What an interrupted `npm run dev` leaves: the build still reaches next build.
    leaveInterruptedOutput(dir);
    const { status, output } = build(dir, { SITE_URL: 'https://www.example.com' });
    expect(output).toMatch(/Generated \d+ documents in \.contentlayer/);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /lib\/broken\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'/,
    );
    expect(output.match(/⚠ SITE_URL is https:\/\/www\.example\.com/g)).toHaveLength(1);
    expect(existsSync(join(dir, '.next-server', 'server', 'app', 'index.html'))).toBe(false);
  }, 300_000);
});
