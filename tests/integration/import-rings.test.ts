import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const madge = join(process.cwd(), 'node_modules/.bin/madge');
const dir = mkdtempSync(join(tmpdir(), 'import-ring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import rings (npm run lint:rings, run by npm test)', () => {
  it('reports a ring made only of type imports, with the project settings', () => {
    copyFileSync('.madgerc', join(dir, '.madgerc'));
    writeFileSync(
      join(dir, 'post.ts'),
      "import type { Tag } from './tag';\nexport type Post = { tags: Tag[] };\n",
    );
    writeFileSync(
      join(dir, 'tag.ts'),
      "import type { Post } from './post';\nexport type Tag = { posts: Post[] };\n",
    );
    const run = spawnSync(madge, ['--circular', '.'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('post.ts > tag.ts');
  });
});
