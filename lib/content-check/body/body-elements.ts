/**
 * The tags of a post body: components the site has, spelt as it spells them, with the
 * attributes they need; HTML elements; nothing a browser would show as bare text.
 */
import { HTML_ELEMENTS } from './html-elements';
import { parseYouTube } from '../../content-model/youtube-id';
import type { RootContent } from 'mdast';
import type { BodyContext, Wording } from '../types';
import { badSize, missingAlt, vagueAlt } from '../rules/body-rules';
import { checkLink, checkPicture } from './body-links';
import { ATTRIBUTE_VALUES, MDX_COMPONENTS } from '../../content-model/mdx-components';
import {
  badYouTubeId,
  componentSpelledInCase,
  unknownComponent,
  unknownTag,
  unsafeMarkup,
  wrongCase,
} from '../rules/element-rules';
import type { ContentProblem } from '../../problems/problems';

export type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

export function checkElement(
  node: JsxElement,
  ctx: BodyContext,
  line: number | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (wording: Wording | undefined) => {
    if (wording) problems.push({ file: ctx.file, line, field: 'body', ...wording });
  };
  // <>…</> (a fragment) has no name, and nothing to check but its children.
  const name = node.name ?? '';
  if (!name) return problems;
  const attr = (key: string) => {
    const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
    return found && typeof found.value === 'string' ? found.value : found ? '{…}' : undefined;
  };
  const keys = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : []));
  unsafeMarkup(name, keys).forEach(report);
  const spec = Object.entries(MDX_COMPONENTS).find(([known]) => known === name)?.[1];
  if (!spec) {
    // <figure> and <button> are HTML the page shows as written, not misspelt <Figure>/<Button>.
    const meant = HTML_ELEMENTS.has(name) ? undefined : componentSpelledInCase(name);
    if (meant) report(wrongCase(name, meant, node.children.length > 0));
    else if (/^[A-Z]/.test(name)) report(unknownComponent(name));
    else report(unknownTag(name));
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
      report({
        found: `<${name}> without its ${key}="…" attribute`,
        expected: `<${name}> to have ${required.map((k) => `${k}="…"`).join(' ')}`,
        example: spec?.example ?? '',
      });
  }
  for (const [key, allowed] of Object.entries(ATTRIBUTE_VALUES[name] ?? {})) {
    const value = attr(key);
    if (value !== undefined && !allowed.includes(value))
      report({
        found: `<${name} ${key}="${value}">`,
        expected: `${key} to be one of: ${allowed.join(', ')}`,
        example: `<${name} ${key}="${allowed[0]}">`,
      });
  }
  const alt = attr('alt');
  if (alt?.trim()) report(vagueAlt(alt, spec?.example ?? '<img src="/images/…" alt="…" />'));
  for (const key of name === 'Figure' ? ['width', 'height'] : []) {
    const value = attr(key);
    if (value !== undefined) report(badSize(name, key, value));
  }
  const id = attr('id');
  if (name === 'YouTube' && id && id !== '{…}') report(badYouTubeId(id));
  const src = attr('src');
  // YouTube's own "Embed" code: the site's security policy blocks it, its component does not.
  const video = name === 'iframe' && src ? parseYouTube(src) : undefined;
  if (video)
    report({
      found: "YouTube's embed code (<iframe …>), which the site's security rules block",
      expected: 'the <YouTube> component, which plays the same video',
      example: `<YouTube id="${video.id}" title="What the video shows" />`,
    });
  else if (src) problems.push(...checkPicture(ctx, src, alt ?? '', line));
  const href = attr('href');
  if (href) problems.push(...checkLink(ctx, href, undefined, line));
  return problems;
}
