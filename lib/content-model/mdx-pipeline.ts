import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import type { Processor } from 'unified';
import { REMARK_PLUGINS } from './markdown-syntax';

/**
 * Text a reader sees, for reading time, related-post similarity and search. Blocks are joined
 * with spaces so words from adjacent paragraphs never run together.
 */
export function mdastToPlainText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'code') return;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child);
    if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'root') parts.push(' ');
  };
  walk(tree);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The unified pipeline contentlayer runs over each post body. It parses the MDX (so a syntax error
 * stops the content build with a line number) but does not compile it: next-mdx-remote compiles
 * each body once, when the page is prerendered. The "html" contentlayer stores is therefore the
 * body's plain text. See README, "Architecture: one MDX compile per post".
 */
export function plainTextPipeline(builder: Processor): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkMdx)
    .use(REMARK_PLUGINS)
    .use(function plainTextCompiler(this: Processor) {
      this.compiler = (tree) => mdastToPlainText(tree as Root);
    });
}
