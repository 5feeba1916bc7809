import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a `npm run dev` killed while contentlayer2 rewrote its output leaves behind (seen with
 * kill -9 and Ctrl-C): an empty package.json and a generated index cut off mid-write.
 */
export function leaveInterruptedOutput(project: string): void {
  const generated = join(project, '.contentlayer', 'generated');
  mkdirSync(join(generated, 'Post'), { recursive: true });
  writeFileSync(join(project, '.contentlayer', 'package.json'), '');
  writeFileSync(join(generated, 'Post', '_index.json'), '[{"title":"Half a po');
  writeFileSync(join(generated, 'index.mjs'), "export { allPosts } from './Post/_index.m");
}
