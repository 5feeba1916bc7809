import remarkGfm, { type Options as GfmOptions } from 'remark-gfm';
import type { PluggableList } from 'unified';

/**
 * GitHub-flavoured Markdown, which editors expect from every other Markdown editor: tables, bare
 * https:// and www. addresses as links, ~~strikethrough~~, task lists and footnotes. A single
 * "~" stays a tilde: "~RM 50" means "about RM 50" in a price post, not the start of a
 * strikethrough.
 */
const GFM: GfmOptions = { singleTilde: false };

/**
 * The remark plugins every reader of a body uses on top of MDX: the renderer
 * (components/mdx/mdx-content.tsx), contentlayer's plain text (mdx-pipeline.ts) and the content
 * check (body.ts). One list, so the check's line numbers, the search index and the page all
 * see the same tree.
 */
export const REMARK_PLUGINS: PluggableList = [[remarkGfm, GFM]];
