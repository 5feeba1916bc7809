import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/problems/problems';
import { BODY_LINE, checkPost, FRONTMATTER, removeProjects } from '../helpers/content-project';

afterEach(removeProjects);

/**
 * Each case is one line of a post body that MDX accepts but the page would get wrong. The
 * editor's message must name the file, that line, and the fix (`fix`, in found/expected/example).
 */
const CASES: Array<{ what: string; line: string; found: RegExp; fix: RegExp }> = [
  {
    what: 'a web address in angle brackets, as Markdown allows',
    line: 'Read more on <https://www.google.com/maps>.',
    found: /angle brackets \(<https:\/\/www\.google\.com\/maps>\), which MDX reads as a tag/,
    fix: /\[www\.google\.com\/maps\]\(https:\/\/www\.google\.com\/maps\)/,
  },
  {
    what: "YouTube's embed code pasted as it is",
    line: '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player"></iframe>',
    found: /YouTube's embed code/,
    fix: /<YouTube id="dQw4w9WgXcQ" title=/,
  },
  {
    what: 'a frame with a page written into its srcDoc (its script would run on our pages)',
    line: '<iframe srcDoc="<script>alert(document.cookie)</script>" title="Demo"></iframe>',
    found: /<iframe srcDoc="…">: a page written inside an attribute/,
    fix: /<YouTube id="…" title="…" \/>; otherwise link to the page/,
  },
  {
    what: 'script in an on… attribute',
    line: '<img src="/images/posts/fixture/cdn-cover.svg" alt="A world map" onError="alert(1)" />',
    found: /<img onError="…">: script in an attribute/,
    fix: /remove onError="…"/,
  },
  {
    what: 'an <object> loading another document',
    line: '<object data="/files/brochure.pdf" type="application/pdf"></object>',
    found: /<object>, which loads another document or plug-in/,
    fix: /link to the file instead/,
  },
  {
    what: 'an <embed>',
    line: '<embed type="application/x-shockwave-flash" width="400" />',
    found: /<embed>, which loads another document or plug-in/,
    fix: /link to the file instead/,
  },
  {
    what: 'a component written in lower case',
    line: '<callout type="warning">Back up before you update.</callout>',
    found: /<callout>.*not as the site's <Callout>/,
    fix: /write <Callout>, with a capital C \(and <\/Callout> at the end\)/,
  },
  {
    what: 'a component in the wrong case',
    line: '<Youtube id="dQw4w9WgXcQ" title="Closing tabs" />',
    found: /<Youtube>/,
    fix: /write <YouTube>, with a capital T/,
  },
  {
    what: 'a lowercase tag that is no HTML element',
    line: '<note>Prices include SST.</note>',
    found: /a tag <note>, which is neither one of the site's components nor an HTML element/,
    fix: /remove the tag, or use a component/,
  },
  {
    what: 'a misspelt HTML element',
    line: 'A <stong>bold</stong> claim.',
    found: /a tag <stong>/,
    fix: /did you mean <strong>\?/,
  },
  {
    what: 'a YouTube address with a cut-off id',
    line: '<YouTube id="https://www.youtube.com/watch?v=dQw4w9Wg" title="Closing tabs" />',
    found: /the video id in it, "dQw4w9Wg", has 8 characters, and YouTube ids have 11/,
    fix: /copy the address again and paste it whole/,
  },
  {
    what: 'a YouTube playlist',
    line: '<YouTube id="https://www.youtube.com/playlist?list=PL590L5WQmH8" title="Closing tabs" />',
    found: /names no single video \(a playlist\)/,
    fix: /address of one video/,
  },
  {
    what: 'a YouTube id of the wrong length',
    line: '<YouTube id="dQw4w9" title="Closing tabs" />',
    found: /an id of 6 characters/,
    fix: /11-character id/,
  },
  {
    what: 'a picture path with public/ in it',
    line: '![A world map](public/images/posts/fixture/cdn-cover.svg)',
    found: /a picture path public\/images\/posts\/fixture\/cdn-cover\.svg/,
    fix: /files in public\/ are addressed from \/[\s\S]*write \/images\/posts\/fixture\/cdn-cover\.svg/,
  },
  {
    what: 'a picture path relative to the post file',
    line: '![A world map](../../public/images/posts/fixture/cdn-cover.svg)',
    found: /a picture path \.\.\/\.\.\/public/,
    fix: /write \/images\/posts\/fixture\/cdn-cover\.svg/,
  },
  {
    what: 'a picture path with backslashes',
    line: '![A world map](\\images\\posts\\fixture\\cdn-cover.svg)',
    found: /a picture path \\images\\posts\\fixture/,
    fix: /write \/images\/posts\/fixture\/cdn-cover\.svg/,
  },
  {
    what: 'a picture whose file name has a space',
    line: '![Our new office](/images/posts/My Photo.png)',
    found: /!\[Our new office\]\(\/images\/posts\/My Photo\.png\), shown on the page as this text/,
    fix: /rename the file to My-Photo\.png and write \/images\/posts\/My-Photo\.png \(or write each space as %20/,
  },
  {
    what: 'a link whose address has a space, before its title',
    line: 'Download [the price list](https://example.com/price list.pdf "Prices").',
    found: /shown on the page as this text instead of a link/,
    fix: /write each space as %20: https:\/\/example\.com\/price%20list\.pdf$/m,
  },
  {
    what: 'a % sign in a file name (once stopped the whole check with a URIError)',
    line: '![A sale banner](/images/posts/50%-off.png)',
    found: /a % sign in a file name/,
    fix: /rename the file to 50-percent-off\.png and write \/images\/posts\/50-percent-off\.png/,
  },
  {
    what: 'a picture from the editor’s computer',
    line: '<Figure src="C:\\Users\\aisyah\\Pictures\\rack.png" alt="A patched server rack" width="1200" height="800" />',
    found: /a file on your own computer/,
    fix: /copy it to public\/images\/posts\/rack\.png and write \/images\/posts\/rack\.png/,
  },
  {
    what: 'a website without https://',
    line: 'Search on [Google](www.google.com) first.',
    found: /a link to www\.google\.com, which without https:\/\//,
    fix: /\[Google\]\(https:\/\/www\.google\.com\)/,
  },
  {
    what: 'a page of the site without its leading /',
    line: 'Please [contact us](contact) today.',
    found: /a link to contact, which without a leading \//,
    fix: /write \/contact: \[contact us\]\(\/contact\)/,
  },
  {
    what: 'another post without /blog/',
    line: 'See [our CDN guide](choosing-a-cdn-for-a-faster-website).',
    found: /a link to choosing-a-cdn-for-a-faster-website/,
    fix: /write \/blog\/choosing-a-cdn-for-a-faster-website/,
  },
  {
    what: 'a button to a page without its leading /',
    line: '<Button href="contakt">Talk to us</Button>',
    found: /a link to contakt/,
    fix: /write \/contact$/m,
  },
];

describe('post body: text MDX accepts but the page would get wrong', () => {
  for (const { what, line, found, fix } of CASES) {
    it(`${what}: names the file, the line and the fix`, () => {
      const body = `\nAn opening paragraph.\n\n${line}\n`;
      const { problems, file, report } = checkPost(`${FRONTMATTER}${body}`);
      expect(problems, report).toHaveLength(1);
      const [problem] = problems;
      expect(problem).toMatchObject({ file, field: 'body', line: BODY_LINE + 3 });
      const message = formatProblem(problem!);
      expect(message).toContain(`${file}:${BODY_LINE + 3}`);
      expect(problem!.found).toMatch(found);
      expect(`${problem!.expected}\n${problem!.example}`).toMatch(fix);
    });
  }

  it('a picture split by formatting in its alt text is still found, on its own line', () => {
    const body = '\nOne.\n\nTwo lines,\nthen ![Our *new* office](/images/posts/My Photo.png)\n';
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`);
    expect(problems, report).toHaveLength(1);
    expect(problems[0]?.line).toBe(BODY_LINE + 4);
    expect(problems[0]?.example).toMatch(/rename the file to My-Photo\.png/);
  });

  it('a correct post passes, with every form the renderer shows right', () => {
    const body = `
Intro with <strong>bold</strong>, <em>emphasis</em>, a line<br />break and <abbr title="Content delivery network">CDN</abbr>.

<Callout type="warning" title="Before you start">Back up first.</Callout>

<YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s" title="From the address bar" />
<YouTube id="https://youtu.be/dQw4w9WgXcQ?si=x1" title="From the Share button" />
<YouTube id="dQw4w9WgXcQ" title="Just the id" />

![A world map](/images/posts/fixture/cdn-cover.svg)
![Our office, space written as %20](/images/posts/My%20Photo.svg)
![Our office, path in angle brackets](</images/posts/My Photo.svg>)
<Figure src="/images/posts/My Photo.svg" alt="Our office in a Figure" width="1200" height="800" />

[Google](https://www.google.com), [mail us](mailto:hello@example.com), [top](#top),
[contact](/contact), [a post](/blog/choosing-a-cdn-for-a-faster-website), [a price list](<https://example.com/price list.pdf>).
See [1] (page 3) and [note](see below) in prose.

<Button href="/contact">Talk to us</Button>

<figure>
  <img src="/images/posts/fixture/cdn-cover.svg" alt="A world map, as pasted from WordPress" />
  <figcaption>Plain HTML a WordPress paste brings along.</figcaption>
</figure>
`;
    const { problems, report } = checkPost(`${FRONTMATTER}${body}`, ['images/posts/My Photo.svg']);
    expect(problems, report).toEqual([]);
  });
});
