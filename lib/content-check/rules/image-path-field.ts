/**
 * A frontmatter field holding a picture of the site (cover): a file under public/images/ written
 * from "/images/…". When a path is wrong, the editor usually believes it is right, so the message
 * names exactly what differs (a space, "public/", an upper-case extension) and the path to write.
 */
import { z } from 'zod';
import {
  fromSiteRoot,
  hasScheme,
  isComputerPath,
  looksLikeWebsite,
  needsSiteRoot,
} from '../path-fix';

const FORMATS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif'];
const FORMAT_LIST = '.svg, .png, .jpg, .webp or .avif';

/** "public\images\My Photo.JPG" -> "/images/My-Photo.jpg"; anything outside /images/ goes to posts/. */
function suggestedPath(path: string): string {
  // "%20" is a space written for a link; a cover path takes the file's own name.
  const spaced = path.replace(/%20/g, ' ');
  const rooted = needsSiteRoot(spaced) ? fromSiteRoot(spaced) : spaced;
  const cleaned = rooted
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '-')
    .replace(/[^\w\-/.]/g, '-')
    .replace(/\.([A-Za-z0-9]+)$/, (ext) => ext.toLowerCase());
  return cleaned.startsWith('/images/')
    ? cleaned
    : `/images/posts/${cleaned.split('/').pop() ?? 'cover.png'}`;
}

/** What is wrong with a picture path and how to write it, or undefined when it is right. */
export function imagePathProblem(field: string, value: string): string | undefined {
  const path = value.trim();
  const fixed = suggestedPath(path);
  const name = fixed.split('/').pop() ?? fixed;
  if (isComputerPath(path))
    return `a file of the site, not one on your computer: copy it to public${fixed} and write ${field}: ${fixed}`;
  if (hasScheme(path) || looksLikeWebsite(path))
    return `a picture saved in public/images/, not one on another website (browsers refuse pictures from other sites here): download it to public${fixed} and write ${field}: ${fixed}`;
  const extension = /\.([^./\\]+)$/.exec(path)?.[1] ?? '';
  if (!FORMATS.includes(extension.toLowerCase()))
    return `a picture ending in ${FORMAT_LIST}; this one ${extension ? `ends in .${extension}` : 'has no extension'}: save it in one of those formats`;
  const reasons = [
    needsSiteRoot(path) || !path.startsWith('/images/')
      ? 'a path starting with /images/ (files in public/ are addressed from /, with forward slashes)'
      : '',
    /\s|%20/.test(path) ? 'a file name without spaces (hyphens instead)' : '',
    extension !== extension.toLowerCase()
      ? `the extension in lower case (.${extension.toLowerCase()}, not .${extension})`
      : '',
    /[^\w\-/.\s\\]/.test(path.replace(/%20/g, ' '))
      ? 'a file name of letters, digits, - and _ only'
      : '',
  ].filter(Boolean);
  if (reasons.length === 0) return undefined;
  const renamed = name !== path.split(/[\\/]/).pop();
  // "images/posts/a.png" lacks only its first "/": the file is where it should be.
  const asRooted = `/${path.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  const moved = !asRooted.includes(fixed.slice(0, fixed.lastIndexOf('/') + 1));
  const steps = [
    renamed ? `rename the file to ${name}` : '',
    moved ? `move it to public${fixed.slice(0, fixed.lastIndexOf('/') + 1)}` : '',
    `write ${field}: ${fixed}`,
  ].filter(Boolean);
  const last = steps.pop();
  return `${reasons.join(', and ')}: ${[steps.join(', '), last].filter(Boolean).join(' and ')}`;
}

export function imagePath(field: string, message: string): z.ZodType {
  return z.string(message).superRefine((value, ctx) => {
    const message = imagePathProblem(field, value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}
