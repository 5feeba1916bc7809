import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, allPosts, type Page, type Post } from 'contentlayer/generated';

/**
 * The documents contentlayer2 generated. A build imports them once. `next dev` reads the index
 * that `contentlayer2 dev` rewrites on every save: Turbopack was seen to keep serving an edited
 * document's old module to a client with no tab open (curl, a new tab typed by hand).
 */
export function generatedPosts(): readonly Post[] {
  if (process.env.NODE_ENV !== 'development') return allPosts;
  return (postRead = fresh(postRead, indexFile('Post'), allPosts)).documents;
}

export function generatedPages(): readonly Page[] {
  if (process.env.NODE_ENV !== 'development') return allPages;
  return (pageRead = fresh(pageRead, indexFile('Page'), allPages)).documents;
}

type Read<T> = { stamp: string; documents: readonly T[] };
let postRead: Read<Post> | undefined;
let pageRead: Read<Page> | undefined;

const indexFile = (type: string) =>
  join(process.cwd(), '.contentlayer', 'generated', type, '_index.json');

function fresh<T>(last: Read<T> | undefined, file: string, imported: readonly T[]): Read<T> {
  try {
    const { mtimeMs, size } = statSync(file);
    const stamp = `${mtimeMs}:${size}`;
    if (last?.stamp === stamp) return last;
    // The same documents the import gives: contentlayer2 wrote both from the checked model.
    const documents: readonly T[] = JSON.parse(readFileSync(file, 'utf8'));
    return { stamp, documents };
  } catch {
    // Mid-rewrite or not written yet: keep what was read last until the next save settles.
    return last ?? { stamp: '', documents: imported };
  }
}
