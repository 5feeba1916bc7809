import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isValidElement, type ReactNode } from 'react';

/**
 * What a drawing depends on, as plain data: the element tree's tags, styles and text (so any
 * change to the card's design, wording or logo gives a new key), plus whatever else is passed.
 */
export function describeDrawing(node: ReactNode): unknown {
  if (isValidElement<{ children?: ReactNode }>(node)) {
    const { children, ...props } = node.props;
    return [typeof node.type === 'string' ? node.type : '?', props, describeDrawing(children)];
  }
  if (Array.isArray(node)) return node.map(describeDrawing);
  return node ?? null;
}

export function drawingKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/**
 * The PNG stored under `key` in `dir`, or `draw()`'s, stored for next time when the disk allows.
 * Written to a temporary name and renamed, so a reader never sees half a file, even with many
 * builds or pages drawing at once.
 */
export async function cachedPng(
  dir: string,
  key: string,
  draw: () => Promise<Uint8Array>,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(dir, `${key}.png`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not drawn yet (or the cache was cleared): draw it below.
  }
  const png = new Uint8Array(await draw());
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch {
    // A read-only disk (a serverless function) only costs the next request a redraw.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
  return png;
}
