/**
 * Where the links and pictures of a post body lead: a published page, a file in public/, or
 * another website written so that the browser understands it.
 */
import type { BodyContext, Wording } from '../types';
import { remoteImage } from '../rules/body-rules';
import { closest } from '../../problems/closest';
import {
  computerPath,
  pictureOffRoot,
  relativeLink,
  spaceInAddress,
  websiteWithoutScheme,
} from '../rules/link-rules';
import {
  fromSiteRoot,
  hasScheme,
  isComputerPath,
  looksLikeWebsite,
  needsSiteRoot,
} from '../path-fix';
import type { ContentProblem } from '../../problems/problems';
import { postPath } from '../../site/routes';

type Line = number | undefined;

const problem = (ctx: BodyContext, line: Line, wording: Wording): ContentProblem => ({
  file: ctx.file,
  line,
  field: 'body',
  ...wording,
});

const isAsset = (path: string) => path.startsWith('/images/') || path.startsWith('/files/');

/** A picture: ![alt](url), <Figure src>, <img src>. */
export function checkPicture(ctx: BodyContext, url: string, alt: string, line: Line) {
  if (!url || url === '{…}' || /^data:/i.test(url)) return [];
  if (isComputerPath(url)) return [problem(ctx, line, computerPath(url))];
  // www.example.com/a.jpg is another site's picture too, only missing its https://.
  const remote = remoteImage(looksLikeWebsite(url) && !hasScheme(url) ? `https://${url}` : url);
  if (remote) return [problem(ctx, line, remote)];
  if (hasScheme(url)) return [];
  if (needsSiteRoot(url)) return [problem(ctx, line, pictureOffRoot(url, alt))];
  return checkAsset(ctx, url, line);
}

/** A link: [text](url), <Button href>. */
/** `text` is the Markdown link's text, undefined for a component's href (no [text](…) to show). */
export function checkLink(ctx: BodyContext, url: string, text: string | undefined, line: Line) {
  if (!url || url === '{…}' || url.startsWith('#')) return [];
  if (isComputerPath(url)) return [problem(ctx, line, computerPath(url))];
  if (hasScheme(url)) return [];
  if (looksLikeWebsite(url)) return [problem(ctx, line, websiteWithoutScheme(url, text))];
  if (needsSiteRoot(url)) {
    const path = fromSiteRoot(url);
    const [page = path, rest = ''] = path.split(/(?=[?#])/);
    // "contact" -> /contact; "our-new-office" -> /blog/our-new-office; a
    // document ("brochure.pdf") belongs in public/files/.
    const exact = [page, postPath(page.slice(1))].find((p) => isAsset(p) || ctx.routeExists(p));
    const file = /\.[a-z0-9]{2,4}$/i.test(page) ? `/files${page}` : undefined;
    const meant = exact ? `${exact}${rest}` : (file ?? nearest(page, ctx.routes));
    return [problem(ctx, line, relativeLink(url, text, meant))];
  }
  const path = url.split(/[?#]/)[0] ?? url;
  if (isAsset(path)) return checkAsset(ctx, path, line);
  const page = path.replace(/\/$/, '') || '/';
  if (ctx.routeExists(page)) return [];
  const unpublished = ctx.unpublished?.(page);
  if (unpublished) return [problem(ctx, line, unpublished)];
  const meant = nearest(path, ctx.routes);
  return [
    problem(ctx, line, {
      found: `a link to ${path}, a page that does not exist (or is a draft)`,
      expected: `links inside the site to point at a published page, e.g. /about, /services, /contact, ${postPath('<post-file-name>')}`,
      example: meant ? `did you mean ${meant}?` : '[our services](/services)',
    }),
  ];
}

function checkAsset(ctx: BodyContext, url: string, line: Line): ContentProblem[] {
  const path = url.split(/[?#]/)[0] ?? url;
  // A bare "%" ("50%-off.png") is no valid address: browsers cannot load it, and reading it as
  // a file name (decodeURI in publicFileExists) would stop the whole check with a URIError.
  if (!isDecodable(path)) {
    const renamed = path.replace(/%(?![0-9A-Fa-f]{2})/g, '-percent');
    return [
      problem(ctx, line, {
        found: `${path}: a % sign in a file name, which browsers cannot load`,
        expected: 'file names of letters, digits, hyphens and underscores',
        example: `rename the file to ${renamed.split('/').pop()} and write ${renamed}`,
      }),
    ];
  }
  if (ctx.publicFileExists(path)) return [];
  return [
    problem(ctx, line, {
      found: `a file ${url} that is not in public/`,
      expected: `the file saved as public${url}`,
      example: `add public${url}, or correct the path`,
    }),
  ];
}

function isDecodable(path: string): boolean {
  try {
    decodeURI(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * "![Photo](/images/My Photo.png)" left as text: Markdown gave up on it at the space. Only
 * addresses that look like paths or websites count, so "[1](see page 3)" in prose is left alone.
 */
const UNREAD = /(?:(!?)\[[^\]\n]*)?\]\(([^()\n]*\s[^()\n]*)\)/g;
const PICTURE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

export function checkUnreadLinks(ctx: BodyContext, text: string, firstLine: Line) {
  return [...text.matchAll(UNREAD)].flatMap((match) => {
    const [markdown, bang, url = ''] = match;
    // A "title" after the address is Markdown's own, not part of the address.
    const address = url.trim().replace(/\s+("[^"]*"|'[^']*')$/, '');
    if (!/[/.\\:]/.test(address.split(/\s/)[0] ?? '')) return [];
    const line =
      firstLine === undefined
        ? undefined
        : firstLine + (text.slice(0, match.index).match(/\n/g)?.length ?? 0);
    if (isComputerPath(address)) return [problem(ctx, line, computerPath(address))];
    // "![A *map*](…)" reaches here as "](…)": the file's extension tells a picture then.
    const isPicture = bang === '!' || (bang === undefined && PICTURE.test(address));
    return [problem(ctx, line, spaceInAddress(markdown, isPicture, address))];
  });
}

/**
 * "/contakt" -> "/contact": about one typo per four characters, so a short wrong address
 * ("/faq") is not "corrected" to an unrelated page, and never to the home page.
 */
function nearest(path: string, routes: readonly string[]): string | undefined {
  const candidates = routes.filter((route) => route !== '/');
  return closest(path, candidates, Math.max(1, Math.floor(path.length / 4)));
}
