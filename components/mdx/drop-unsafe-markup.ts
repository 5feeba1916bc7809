import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { isUnsafeAttribute, UNSAFE_ELEMENTS } from '@/lib/content-model/unsafe-markup';

/**
 * A remark plugin for the renderer: removes <object> and <embed> and every srcdoc and on…
 * attribute from the JSX in a post body. MDX passes tags written in a post straight to the page
 * (the components map covers only Markdown's own elements), and the pages allow inline script,
 * so what the content check refuses (element-rules.ts) must not reach a page if it gets through.
 */
export function dropUnsafeMarkup() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (node.name && UNSAFE_ELEMENTS.has(node.name) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.attributes = node.attributes.filter(
        (attribute) => attribute.type !== 'mdxJsxAttribute' || !isUnsafeAttribute(attribute.name),
      );
    });
  };
}
