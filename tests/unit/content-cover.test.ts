import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/problems/problems';
import { checkPost, FRONTMATTER, removeProjects } from '../helpers/content-project';

afterEach(removeProjects);

const COVER_LINE = 6;
const withCover = (cover: string) =>
  `${FRONTMATTER.replace(/^cover: .*$/m, `cover: ${cover}`)}\nAn opening paragraph.\n`;

/** Paths an editor believes are right: the message must say what exactly differs, and the fix. */
const CASES: Array<[cover: string, expected: RegExp]> = [
  [
    // Only the first "/" is missing: the file is where it should be, so no "move it".
    'images/posts/fixture/cdn-cover.svg',
    /forward slashes\): write cover: \/images\/posts\/fixture\/cdn-cover\.svg$/,
  ],
  [
    // %20 is how a link writes a space; the cover path needs a file name without one.
    '/images/posts/My%20Photo.png',
    /a file name without spaces \(hyphens instead\): rename the file to My-Photo\.png and write cover: \/images\/posts\/My-Photo\.png/,
  ],
  [
    '/images/posts/IMG_1234.JPG',
    /the extension in lower case \(\.jpg, not \.JPG\): rename the file to IMG_1234\.jpg and write cover: \/images\/posts\/IMG_1234\.jpg/,
  ],
  [
    '/images/posts/my photo.png',
    /a file name without spaces \(hyphens instead\): rename the file to my-photo\.png and write cover: \/images\/posts\/my-photo\.png/,
  ],
  [
    'my photo.png',
    /a path starting with \/images\/.*and a file name without spaces.*rename the file to my-photo\.png, move it to public\/images\/posts\/ and write cover: \/images\/posts\/my-photo\.png/,
  ],
  [
    'public/images/posts/fixture/cdn-cover.svg',
    /files in public\/ are addressed from \/.*: write cover: \/images\/posts\/fixture\/cdn-cover\.svg/,
  ],
  [
    '\\images\\posts\\fixture\\cdn-cover.svg',
    /forward slashes\): write cover: \/images\/posts\/fixture\/cdn-cover\.svg/,
  ],
  [
    '/images/posts/cover.gif',
    /ending in \.svg, \.png, \.jpg, \.webp or \.avif; this one ends in \.gif/,
  ],
  [
    'https://example.com/cover.png',
    /not one on another website.*download it to public\/images\/posts\/cover\.png and write cover: \/images\/posts\/cover\.png/,
  ],
  ['/images/posts/café.png', /letters, digits, - and _ only: rename the file to cafe\.png/],
];

describe('cover: a wrong picture path says exactly what differs', () => {
  for (const [cover, expected] of CASES) {
    it(`cover: ${cover}`, () => {
      const { problems, file, report } = checkPost(withCover(JSON.stringify(cover)));
      const problem = problems.find((p) => p.field === 'cover');
      expect(problem, report).toBeDefined();
      expect(problem).toMatchObject({ file, line: COVER_LINE });
      expect(formatProblem(problem!)).toContain(`${file}:${COVER_LINE}  (cover)`);
      expect(problem!.expected).toMatch(expected);
    });
  }

  it('a right path passes, .jpeg included', () => {
    expect(checkPost(withCover('/images/posts/fixture/cdn-cover.svg')).problems).toEqual([]);
    const jpeg = checkPost(withCover('/images/posts/office_2.jpeg'), [
      'images/posts/office_2.jpeg',
    ]);
    expect(jpeg.problems, jpeg.report).toEqual([]);
  });
});
