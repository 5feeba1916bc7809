import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(process.cwd(), 'scripts', 'prestart.mjs');
const dir = mkdtempSync(join(tmpdir(), 'prestart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const prestart = () => spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });

describe('npm start after a build', () => {
  it('serves a server build', () => {
    mkdirSync(join(dir, '.next'));
    writeFileSync(join(dir, '.next', 'BUILD_ID'), 'x');
    expect(prestart().status).toBe(0);
  });

  it('refuses the static export build (left by npm test) and says what to run', () => {
    writeFileSync(join(dir, '.next', 'export-detail.json'), '{"success":true}');
    const result = prestart();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run build && npm start');
  });
});
