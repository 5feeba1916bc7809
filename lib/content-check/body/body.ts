import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkElement } from './body-elements';
import { marksWithoutNote, notesWithoutMark, tableRowsAsText, textRuns } from './body-gfm';
import { checkLink, checkPicture, checkUnreadLinks } from './body-links';
import { curlyBraces, missingAlt, syntaxProblem, vagueAlt } from '../rules/body-rules';
import type { BodyContext, Wording } from '../types';
import { REMARK_PLUGINS } from '../../content-model/markdown-syntax';
import type { ContentProblem } from '../../problems/problems';

const parser = unified().use(remarkParse).use(remarkMdx).use(REMARK_PLUGINS);

/**
 * Valid MDX; known components, spelt right; alt text on every image; pictures and links the
 * browser can follow (from /, to pages and files that exist, https:// for other websites).
 */
export function checkBody(body: string, ctx: BodyContext): ContentProblem[] {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    return [autolinkProblem(body, ctx) ?? syntaxProblem(error, ctx)];
  }
  const problems: ContentProblem[] = [];
  const at = (node: RootContent) =>
    node.position ? node.position.start.line + ctx.lineOffset : undefined;
  const report = (wording: Wording | undefined, node: RootContent) => {
    if (wording) problems.push({ file: ctx.file, line: at(node), field: 'body', ...wording });
  };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'image') {
      const example = `![A technician patching a server rack](${node.url})`;
      if (!node.alt?.trim())
        problems.push(missingAlt(ctx.file, at(node), `![](${node.url})`, example));
      else report(vagueAlt(node.alt, example), node);
      problems.push(...checkPicture(ctx, node.url, node.alt ?? '', at(node)));
    }
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression')
      report(curlyBraces(node.value), node);
    if (node.type === 'link') problems.push(...checkLink(ctx, node.url, toString(node), at(node)));
    if (node.type === 'paragraph') report(tableRowsAsText(node), node);
    for (const { text, start } of textRuns(node)) {
      problems.push(...checkUnreadLinks(ctx, text, at(start)));
      for (const { line, wording } of marksWithoutNote(text, at(start)))
        problems.push({ file: ctx.file, line, field: 'body', ...wording });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      problems.push(...checkElement(node, ctx, at(node)));
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  for (const { node, wording } of notesWithoutMark(tree)) report(wording, node);
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** `<https://…>` is a link in Markdown but an unreadable tag in MDX: say that, not MDX's words. */
function autolinkProblem(body: string, ctx: BodyContext): ContentProblem | undefined {
  const lines = body.split('\n');
  const index = lines.findIndex((text) => /<(https?:\/\/|www\.)[^>\s]*>/.test(text));
  const url = /<((?:https?:\/\/|www\.)[^>\s]*)>/.exec(lines[index] ?? '')?.[1];
  if (!url) return undefined;
  const href = url.startsWith('www.') ? `https://${url}` : url;
  return {
    file: ctx.file,
    line: index + 1 + ctx.lineOffset,
    field: 'body',
    found: `a web address in angle brackets (<${url}>), which MDX reads as a tag`,
    // A bare https:// address is a link on its own (GFM); a bare www. one would link to http://.
    expected:
      'the address without the angle brackets, starting with https://, or [text](https://…)',
    example: `${href} (without < >), or [${url.replace(/^https?:\/\//, '')}](${href})`,
  };
}
