/**
 * What GitHub-flavoured Markdown (lib/content-model/markdown-syntax.ts) does to a body that an editor
 * may not expect: a table without its line of dashes stays text, a footnote mark without its
 * note stays "[^1]", a note nobody points to is left off the page, and a bare address in running
 * text becomes a link of its own, cutting the text around it in two.
 */
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { footnoteWithoutMark, footnoteWithoutNote, tableAsText } from '../rules/body-rules';
import type { Wording } from '../types';

type Node = Root | RootContent;

/** A stretch of running text as the editor typed it, and the node it starts at (for its line). */
export type TextRun = { text: string; start: RootContent };

/**
 * "www.x.com", "https://x.com/a" and "hello@x.com" typed as they are: GFM made a link of them.
 * [https://x.com](https://x.com) makes the same tree, and reads the same as text.
 */
function isBareAddress(node: RootContent): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const [child] = node.children;
  if (child?.type !== 'text') return false;
  return [child.value, `http://${child.value}`, `mailto:${child.value}`].includes(node.url);
}

/**
 * The running text among a node's children, with bare addresses put back into it, so that
 * "[list](https://x.com/price list.pdf)", which Markdown leaves as text because of its space,
 * is still seen whole even though GFM made a link of "https://x.com/price".
 */
export function textRuns(node: Node): TextRun[] {
  if (!('children' in node)) return [];
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  for (const child of node.children) {
    const text =
      child.type === 'text' ? child.value : isBareAddress(child) ? toString(child) : undefined;
    if (text === undefined) current = undefined;
    else if (current) current.text += text;
    else runs.push((current = { text, start: child }));
  }
  return runs;
}

/** "| Edition | Price |" lines in a paragraph: table rows the page shows as text. */
export function tableRowsAsText(paragraph: Node): Wording | undefined {
  if (paragraph.type !== 'paragraph') return undefined;
  const lines = toString(paragraph).split('\n');
  const rows = lines.filter((line) => /^\s*\|.*\|\s*$/.test(line));
  const [header] = rows;
  if (rows.length < 2 || !header || !lines[0]?.trim().startsWith('|')) return undefined;
  // Editors line columns up with spaces; the message shows the row without them.
  return tableAsText(header.trim().replace(/\s+/g, ' '));
}

/** "[^1]" left in the text: a footnote mark whose note is missing. Lines count from `firstLine`. */
export function marksWithoutNote(
  text: string,
  firstLine: number | undefined,
): Array<{ line: number | undefined; wording: Wording }> {
  return [...text.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => ({
    line:
      firstLine === undefined
        ? undefined
        : firstLine + (text.slice(0, match.index).match(/\n/g)?.length ?? 0),
    wording: footnoteWithoutNote(match[1] ?? ''),
  }));
}

/** Notes ("[^1]: …") that no mark in the text points to: the page leaves them out. */
export function notesWithoutMark(
  tree: Root,
): Array<{ node: FootnoteDefinition; wording: Wording }> {
  const marks = new Set<string>();
  const notes: FootnoteDefinition[] = [];
  const walk = (node: Node) => {
    if (node.type === 'footnoteReference') marks.add(node.identifier);
    if (node.type === 'footnoteDefinition') notes.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return notes
    .filter((note) => !marks.has(note.identifier))
    .map((node) => ({ node, wording: footnoteWithoutMark(node.label ?? node.identifier) }));
}
