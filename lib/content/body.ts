import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ATTRIBUTE_VALUES, MDX_COMPONENT_NAMES, MDX_COMPONENTS } from './components';
import {
  badSize,
  curlyBraces,
  missingAlt,
  remoteImage,
  syntaxProblem,
  vagueAlt,
  type Wording,
} from './body-rules';
import { closest } from './closest';
import type { ContentProblem } from './problems';

export type BodyContext = {
  file: string;
  /** Line of the file where the body starts, so reported lines match the editor's. */
  lineOffset: number;
  /** Does this site path ("/about", "/blog/x") lead to a published page? */
  routeExists: (path: string) => boolean;
  /** Every published page's path, to suggest the one a broken link probably meant. */
  routes: readonly string[];
  /** Does this file exist under public/ ("/images/x.png")? */
  publicFileExists: (path: string) => boolean;
};

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const parser = unified().use(remarkParse).use(remarkMdx);

/** Valid MDX, known components, alt text on every image, internal links and images that exist. */
export function checkBody(body: string, ctx: BodyContext): ContentProblem[] {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    return [syntaxProblem(error, ctx)];
  }
  const problems: ContentProblem[] = [];
  const at = (node: RootContent) =>
    node.position ? node.position.start.line + ctx.lineOffset : undefined;
  const report = (wording: Wording | undefined, node: RootContent) => {
    if (wording) problems.push({ file: ctx.file, line: at(node), field: 'body', ...wording });
  };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'image') {
      if (!node.alt?.trim())
        problems.push(
          missingAlt(
            ctx.file,
            at(node),
            `![](${node.url})`,
            `![A technician patching a server rack](${node.url})`,
          ),
        );
      else report(vagueAlt(node.alt, `![A technician patching a server rack](${node.url})`), node);
      report(remoteImage(node.url), node);
      checkAsset(node.url, at(node));
    }
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression')
      report(curlyBraces(node.value), node);
    if (node.type === 'link') checkLink(node.url, at(node));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };

  function checkElement(node: JsxElement) {
    const name = node.name ?? '';
    const line = at(node);
    const attr = (key: string) => {
      const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
      return found && typeof found.value === 'string' ? found.value : found ? '{…}' : undefined;
    };
    const spec = Object.entries(MDX_COMPONENTS).find(([known]) => known === name)?.[1];
    if (/^[A-Z]/.test(name) && !spec) {
      problems.push({
        file: ctx.file,
        line,
        field: 'body',
        found: `a component <${name}> that the site does not have`,
        expected: `one of: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`,
        example: 'check the spelling, e.g. <Callout type="info">…</Callout>',
      });
    }
    const required: readonly string[] = name === 'img' ? ['alt'] : (spec?.required ?? []);
    for (const key of required) {
      if (attr(key)?.trim()) continue;
      if (key === 'alt')
        problems.push(
          missingAlt(
            ctx.file,
            line,
            `<${name}> without alt text`,
            spec?.example ?? '<img src="/images/…" alt="What the picture shows" />',
          ),
        );
      else
        problems.push({
          file: ctx.file,
          line,
          field: 'body',
          found: `<${name}> without its ${key}="…" attribute`,
          expected: `<${name}> to have ${required.map((k) => `${k}="…"`).join(' ')}`,
          example: spec?.example ?? '',
        });
    }
    for (const [key, allowed] of Object.entries(ATTRIBUTE_VALUES[name] ?? {})) {
      const value = attr(key);
      if (value !== undefined && !allowed.includes(value)) {
        problems.push({
          file: ctx.file,
          line,
          field: 'body',
          found: `<${name} ${key}="${value}">`,
          expected: `${key} to be one of: ${allowed.join(', ')}`,
          example: `<${name} ${key}="${allowed[0]}">`,
        });
      }
    }
    const alt = attr('alt');
    if (alt?.trim())
      report(vagueAlt(alt, spec?.example ?? '<img src="/images/…" alt="…" />'), node);
    for (const key of name === 'Figure' ? ['width', 'height'] : []) {
      const value = attr(key);
      if (value !== undefined) report(badSize(name, key, value), node);
    }
    const src = attr('src');
    if (src) report(remoteImage(src), node);
    if (src) checkAsset(src, line);
    const href = attr('href');
    if (href) checkLink(href, line);
  }

  function checkLink(url: string, line: number | undefined) {
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const path = url.split(/[?#]/)[0] ?? url;
    if (path.startsWith('/images/') || path.startsWith('/files/')) return checkAsset(path, line);
    if (!ctx.routeExists(path.replace(/\/$/, '') || '/')) {
      problems.push({
        file: ctx.file,
        line,
        field: 'body',
        found: `a link to ${path}, a page that does not exist (or is a draft)`,
        expected:
          'links inside the site to point at a published page, e.g. /about, /services, /contact, /blog/<post-file-name>',
        example: nearestRoute(path, ctx.routes) ?? '[our services](/services)',
      });
    }
  }

  function checkAsset(url: string, line: number | undefined) {
    if (!url.startsWith('/') || url.startsWith('//')) return;
    if (!ctx.publicFileExists(url.split(/[?#]/)[0] ?? url)) {
      problems.push({
        file: ctx.file,
        line,
        field: 'body',
        found: `a file ${url} that is not in public/`,
        expected: `the file saved as public${url}`,
        example: `add public${url}, or correct the path`,
      });
    }
  }

  walk(tree);
  return problems;
}

/**
 * "/contakt" -> "did you mean /contact?": about one typo per four characters, so a short wrong
 * address ("/faq") is not "corrected" to an unrelated page, and never to the home page.
 */
function nearestRoute(path: string, routes: readonly string[]): string | undefined {
  const candidates = routes.filter((route) => route !== '/');
  const match = closest(path, candidates, Math.max(1, Math.floor(path.length / 4)));
  return match ? `did you mean ${match}?` : undefined;
}
