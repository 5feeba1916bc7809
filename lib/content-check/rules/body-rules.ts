/**
 * Mistakes in a post's body that MDX accepts but the live site would get wrong. Each returns the
 * problem's wording (found / expected / example); body.ts adds the file and line.
 */
import type { BodyContext, Wording } from '../types';
import type { ContentProblem } from '../../problems/problems';

/** Alt text that names the kind of thing instead of describing it tells a blind reader nothing. */
const VAGUE_ALT =
  /^(an? )?(image|picture|photo|photograph|img|pic|screenshot|graphic|figure)\s*\d*$/i;

export function vagueAlt(alt: string, example: string): Wording | undefined {
  if (!VAGUE_ALT.test(alt.trim())) return undefined;
  return {
    found: `alt text "${alt.trim()}", which does not say what the picture shows`,
    expected: 'alt text that describes the picture for people who cannot see it',
    example,
  };
}

/** The site's security policy (img-src 'self') blocks pictures served from other sites. */
export function remoteImage(url: string): Wording | undefined {
  if (!/^(https?:)?\/\//i.test(url)) return undefined;
  return {
    found: `a picture from another website (${url})`,
    expected:
      'pictures saved in public/images/ and written as /images/…; browsers refuse pictures from other sites on this site',
    example:
      'download it (with permission) to public/images/posts/rack.jpg and write /images/posts/rack.jpg',
  };
}

/** Figure's width and height size the picture before it loads; "1200px" or "abc" breaks that. */
export function badSize(component: string, key: string, value: string): Wording | undefined {
  if (value === '{…}' || /^[1-9]\d{0,4}$/.test(value)) return undefined;
  return {
    found: `<${component} ${key}="${value}">`,
    expected: `${key} as a whole number of pixels, without "px"`,
    example: `<${component} … width="1200" height="800" />`,
  };
}

/**
 * `{word}` in running text is code in MDX: it silently vanishes from the page. `{/* notes *\/}`
 * are comments editors may leave, and are allowed.
 */
export function curlyBraces(code: string): Wording | undefined {
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(code)) return undefined;
  return {
    found: `{${code.length > 40 ? `${code.slice(0, 40)}…` : code}} in the text, which MDX treats as code and leaves off the page`,
    expected: 'curly braces in text written as \\{ and \\}',
    example: 'write \\{price\\} to show {price}',
  };
}

/** "| Edition | Price |" rows with no "| --- | --- |" under the first: Markdown prints them as text. */
export function tableAsText(header: string): Wording {
  const columns = Math.max(1, header.replace(/^\||\|$/g, '').split('|').length);
  return {
    found: `${header.length > 60 ? `${header.slice(0, 60)}…` : header} and the rows under it, shown on the page as text, | signs and all: a table needs a line of dashes under its header row`,
    expected:
      'a header row, then a line with --- for each column, then the rows, each on its own line',
    example: `under ${header.length > 60 ? 'the header row' : header} write ${`| ${Array(columns).fill('---').join(' | ')} |`}`,
  };
}

/** "[^sst]" with no "[^sst]: …" line: the page shows the mark as it is typed. */
export function footnoteWithoutNote(label: string): Wording {
  return {
    found: `a footnote mark [^${label}] without its note, shown on the page as the text "[^${label}]"`,
    expected: `the note on a line of its own, anywhere in the post (usually at the end): [^${label}]: the note's text`,
    example: `[^${label}]: Prices include 8% sales and service tax.`,
  };
}

/** "[^2]: …" that no "[^2]" in the text points to: the page leaves the note out. */
export function footnoteWithoutMark(label: string): Wording {
  return {
    found: `a footnote [^${label}]: that no [^${label}] in the text points to, so the page leaves the note out`,
    expected: `the mark [^${label}] in the text where the note belongs, or the note removed`,
    example: `Prices include SST.[^${label}]`,
  };
}

export function missingAlt(
  file: string,
  line: number | undefined,
  found: string,
  example: string,
): ContentProblem {
  return {
    file,
    line,
    field: 'body',
    found: `an image without alt text: ${found}`,
    expected: 'every image to describe what it shows, for people who cannot see it',
    example,
  };
}

export function syntaxProblem(
  error: unknown,
  ctx: Pick<BodyContext, 'file' | 'lineOffset'>,
): ContentProblem {
  const detail = (key: string): unknown =>
    typeof error === 'object' && error !== null ? Reflect.get(error, key) : undefined;
  // MDX writes positions as "(4:1-4:25)", counted from the body's first line: give editors the
  // line of the file instead, which is what their editor shows.
  const toFileLine = (bodyLine: number) => bodyLine + ctx.lineOffset;
  const reason = String(detail('reason') ?? detail('message') ?? error).replace(
    /\s*\((\d+):\d+(?:-\d+:\d+)?\)/g,
    (_, bodyLine: string) => ` (line ${toFileLine(Number(bodyLine))})`,
  );
  const lineInBody = detail('line');
  const firstMentioned = /\(line (\d+)\)/.exec(reason)?.[1];
  const line =
    typeof lineInBody === 'number'
      ? toFileLine(lineInBody)
      : firstMentioned
        ? Number(firstMentioned)
        : undefined;
  return {
    file: ctx.file,
    line,
    field: 'body',
    found: `text MDX cannot read: ${reason}`,
    expected:
      'every <Component> closed (<Callout>…</Callout> or <Figure … />), and { } or < written as \\{ \\} or &lt; in plain text',
    example: 'write "less than 5" instead of "<5", or close the tag you opened',
  };
}
