/**
 * Tags in a post body that MDX accepts but the page gets wrong: a component written in the wrong
 * case, a tag no browser knows, a YouTube id that names no video. Each returns the problem's
 * wording; body-elements.ts adds the file and line.
 */
import type { Wording } from '../types';
import { closest } from '../../problems/closest';
import { isUnsafeAttribute, UNSAFE_ELEMENTS } from '../../content-model/unsafe-markup';
import {
  MDX_COMPONENT_NAMES,
  MDX_COMPONENTS,
  type MdxComponentName,
} from '../../content-model/mdx-components';
import { HTML_ELEMENTS } from '../body/html-elements';
import { idInUrl, parseYouTube, youTubeUrl } from '../../content-model/youtube-id';

const list = (names: readonly string[]) => names.map((n) => `<${n}>`).join(', ');
const and = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "youtube" vs "YouTube" -> "with capitals Y and T"; "CALLOUT" -> "letter for letter, …". */
function caseHint(written: string, known: string): string {
  const differ = [...known].filter((c, i) => c !== written[i]);
  if (differ.some((c) => c === c.toLowerCase()))
    return `letter for letter, with capitals only where <${known}> has them`;
  return differ.length === 1 ? `with a capital ${differ[0]}` : `with capitals ${and(differ)}`;
}

/** The component an unknown name was meant to be, whatever its case: <callout>, <CALLOUT>. */
export function componentSpelledInCase(name: string): MdxComponentName | undefined {
  return MDX_COMPONENT_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
}

export function wrongCase(name: string, known: MdxComponentName, closed: boolean): Wording {
  return {
    found: `<${name}>, which the site does not know in this spelling: the page would show its text plain, not as the site's <${known}>`,
    expected: `component names written exactly as in CONTENT.md: names are case-sensitive`,
    example: `write <${known}>, ${caseHint(name, known)}${closed ? ` (and </${known}> at the end)` : ''}, e.g. ${MDX_COMPONENTS[known].example}`,
  };
}

export function unknownComponent(name: string): Wording {
  const guess = closest(name, MDX_COMPONENT_NAMES, Math.max(1, Math.floor(name.length / 4)));
  const meant = MDX_COMPONENT_NAMES.find((known) => known === guess);
  return {
    found: `a component <${name}> that the site does not have`,
    expected: `one of: ${list(MDX_COMPONENT_NAMES)}`,
    example: meant
      ? `did you mean <${meant}>? e.g. ${MDX_COMPONENTS[meant].example}`
      : 'check the spelling, e.g. <Callout type="info">…</Callout>',
  };
}

/** A lowercase tag that is neither a component nor an HTML element: undefined when it is fine. */
export function unknownTag(name: string): Wording | undefined {
  if (HTML_ELEMENTS.has(name)) return undefined;
  const meant = closest(
    name,
    [...HTML_ELEMENTS].filter((n) => n.length > 2),
    1,
  );
  return {
    found: `a tag <${name}>, which is neither one of the site's components nor an HTML element: browsers show its text with no effect`,
    expected: `one of the site's components, ${list(MDX_COMPONENT_NAMES)}, or Markdown (**bold**, ## Heading, > quote)`,
    example: meant
      ? `did you mean <${meant}>? Or remove the tag; to show a < sign in text write &lt;`
      : 'remove the tag, or use a component, e.g. <Callout type="info">…</Callout>; to show a < sign in text write &lt;',
  };
}

const YOUTUBE_EXAMPLE = '<YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="…" />';

/** An id or address the YouTube component cannot play: undefined when it names one video. */
export function badYouTubeId(value: string): Wording | undefined {
  if (parseYouTube(value)) return undefined;
  const url = youTubeUrl(value);
  const candidate = url && idInUrl(url);
  const chars = (text: string) => `${text.length} character${text.length === 1 ? '' : 's'}`;
  const found = url
    ? candidate
      ? `<YouTube id="${value}">: the video id in it, "${candidate}", has ${chars(candidate)}, and YouTube ids have 11, so the video would not play`
      : `<YouTube id="${value}">: a YouTube address that names no single video (${url.searchParams.has('list') ? 'a playlist' : 'a channel, playlist or search'})`
    : /[./:]/.test(value)
      ? `<YouTube id="${value}">: an address that is not YouTube's; only YouTube videos can be shown in the page`
      : `<YouTube id="${value}">: an id of ${chars(value)}, and YouTube ids have 11 (letters, digits, - and _), so the video would not play`;
  return {
    found,
    expected:
      'the address of one video, copied from the browser while it plays (https://www.youtube.com/watch?v=…) or from Share (https://youtu.be/…), or just its 11-character id',
    example:
      url || !/[./:]/.test(value)
        ? `copy the address again and paste it whole: ${YOUTUBE_EXAMPLE}`
        : 'for a video on another site, link to it: [Watch the video](https://vimeo.com/…)',
  };
}

/**
 * Markup in a post body that could run script on the site's pages (the pages allow their own
 * inline scripts): `<object>`, `<embed>`, srcdoc and on… attributes. The renderer drops them
 * too (components/mdx/mdx-components.tsx); the check says so where the author can fix it.
 */
export function unsafeMarkup(name: string, attributes: readonly string[]): Wording[] {
  const found: Wording[] = [];
  if (UNSAFE_ELEMENTS.has(name))
    found.push({
      found: `<${name}>, which loads another document or plug-in into the page; the site does not show it`,
      expected: 'a picture, a link, or one of the site’s components',
      example: 'link to the file instead: [Download the brochure (PDF)](/files/brochure.pdf)',
    });
  for (const key of attributes.filter(isUnsafeAttribute))
    found.push({
      found: `<${name} ${key}="…">: ${key.toLowerCase() === 'srcdoc' ? 'a page written inside an attribute' : 'script in an attribute'}, which the site does not run`,
      expected: `<${name}> without ${key}`,
      example:
        name === 'iframe'
          ? 'for a video use <YouTube id="…" title="…" />; otherwise link to the page: [Title](https://…)'
          : `remove ${key}="…"`,
    });
  return found;
}
