/**
 * What the admin (/keystatic) cannot open, or drops when it saves: the site would show it, but
 * the first save in the admin would lose it. Each returns the problem's wording.
 */
import type { Wording } from '../types';

/** The admin's <Callout> is a box of paragraphs: written inline, the admin cannot open the post. */
export function inlineCallout(): Wording {
  return {
    found: '<Callout> and its text on one line, which the admin cannot open',
    expected: '<Callout> and </Callout> each on a line of their own, with the text between them',
    example:
      '<Callout type="warning">   (new line)   Back up before you update.   (new line)   </Callout>',
  };
}

/** Where the admin keeps a post's pictures: its cover and the pictures in its text. */
export const postPictureFolder = (slug: string) => `/images/posts/${slug}/`;

/**
 * A picture outside the post's own folder: the admin's picture fields keep only files in it,
 * so saving the post in the admin drops the picture.
 */
export function pictureOutsideFolder(path: string, folder: string, field: string): Wording {
  const name = path.split('/').pop() ?? 'cover.png';
  return {
    found: `${path}, outside ${folder}, the folder the admin keeps this post’s pictures in: a save in the admin would drop it`,
    expected: `the picture saved in public${folder}`,
    example: `move the file to public${folder}${name} and write ${field === 'body' ? `${folder}${name}` : `${field}: ${folder}${name}`}`,
  };
}
