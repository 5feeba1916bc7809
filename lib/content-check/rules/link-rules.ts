/**
 * Picture paths and links in a post body that MDX accepts but the browser resolves somewhere
 * else: relative paths, "public/" in the path, backslashes, "www." without https://, and a
 * Markdown link or picture left as plain text by a space in its address. Each returns the
 * problem's wording; body-links.ts adds the file and line.
 */
import type { Wording } from '../types';
import { fromSiteRoot, hasScheme, safeFileName } from '../path-fix';
import { postPath } from '../../site/routes';

/** "write /contact: [contact](/contact)" for a Markdown link; "write /contact" for <Button>. */
const written = (url: string, text: string | undefined) =>
  text === undefined ? `write ${url}` : `write ${url}: [${text || 'link text'}](${url})`;

const ROOT_RULE = 'files in public/ are addressed from /, with forward slashes';

/** ![…](public/images/a.png), (../../public/…), (\images\…), (images/a.png). */
export function pictureOffRoot(url: string, alt: string): Wording {
  const fixed = fromSiteRoot(url);
  return {
    found: `a picture path ${url}, which the browser looks for next to the post's address, so the picture would not show`,
    expected: `picture paths starting with /images/…: ${ROOT_RULE}`,
    example: `write ${fixed}, e.g. ![${alt || 'What the picture shows'}](${fixed})`,
  };
}

/** A picture saved on the editor's own computer (C:\Users\…). */
export function computerPath(url: string): Wording {
  const name = url.split(/[\\/]/).pop() ?? 'photo.png';
  const saved = `/images/posts/${safeFileName(name)}`;
  return {
    found: `${url}, a file on your own computer, which visitors' browsers cannot open`,
    expected:
      'the file copied into public/ and written from / (public/images/posts/x.png is /images/posts/x.png)',
    example: `copy it to public${saved} and write ${saved}`,
  };
}

/** [Google](www.google.com): without https:// the browser looks for a page of this site. */
export function websiteWithoutScheme(url: string, text: string | undefined): Wording {
  return {
    found: `a link to ${url}, which without https:// leads to a missing page of this site, not to that website`,
    expected: 'addresses of other websites written in full, starting with https://',
    example: written(`https://${url}`, text),
  };
}

/**
 * [contact](contact): a link without a leading "/" is read from the post's own address
 * (/blog/<post>/…), a page that does not exist. `meant` is the site page it probably names.
 */
export function relativeLink(
  url: string,
  text: string | undefined,
  meant: string | undefined,
): Wording {
  return {
    found: `a link to ${url}, which without a leading / leads to a missing page under the post's own address`,
    expected: `links inside the site to start with /, e.g. /about, /services, /contact, ${postPath('<post-file-name>')}`,
    example: meant ? written(meant, text) : 'start it with /, e.g. [our services](/services)',
  };
}

/**
 * ![Photo](/images/posts/My Photo.png): Markdown ends an address at its first space, so the page
 * shows the whole thing as text. Renaming the file is the fix that keeps working everywhere; a
 * space written as %20 is read by the check and the renderer alike (a page's address has no
 * spaces at all). `markdown` may start mid-way ("](…)") when the text before it was formatted.
 */
export function spaceInAddress(markdown: string, isPicture: boolean, url: string): Wording {
  const renamed = safeFileName(url);
  const isFile = isPicture || hasScheme(url) || /\.[a-z0-9]{2,4}$/i.test(url);
  return {
    found: `${markdown.startsWith(']') ? `…${markdown}` : markdown}, shown on the page as this text instead of ${isPicture ? 'a picture' : 'a link'}: the space in the address ends it`,
    expected: `addresses without spaces${isPicture ? '; file names with hyphens instead of spaces' : ''}`,
    example: isPicture
      ? `rename the file to ${renamed.split('/').pop()} and write ${renamed} (or write each space as %20: ${url.replace(/ /g, '%20')})`
      : isFile
        ? `write each space as %20: ${url.replace(/ /g, '%20')}`
        : `page addresses have no spaces: ${url.replace(/\s+/g, '-')}`,
  };
}
