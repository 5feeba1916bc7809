import { ADDRESS_PATTERN, slugify } from '../../content-model/address';
import { closest } from '../../problems/closest';
import type { Frontmatter } from '../frontmatter';
import type { ContentProblem } from '../../problems/problems';
import { SITE_FILE } from '../../site/site-problems';
import { postPath, RESERVED_POST_SLUGS } from '../../site/routes';
import type { Locale } from '../../i18n/locales';

/** `lang`: the language its folder declares (model.ts, contentLanguage). */
export type Source = {
  file: string;
  kind: 'post' | 'page';
  slug: string;
  lang: Locale;
  text: string;
};
export type Parsed = Source & { fm: Frontmatter };

export function checkSlugs(posts: Parsed[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const post of posts) {
    if (!ADDRESS_PATTERN.test(post.slug)) {
      problems.push({
        file: post.file,
        field: 'file name',
        found: `the file name "${post.slug}.mdx"`,
        expected: `lowercase letters, digits and hyphens only: the file name becomes the address ${postPath('<file-name>')}`,
        example: `rename it to ${slugify(post.slug)}.mdx`,
      });
    }
    const key = post.slug.toLowerCase();
    // Each language has its own addresses (/blog/x, /ms/blog/x): a name may repeat across them.
    const seenKey = `${post.lang}/${key}`;
    if (RESERVED_POST_SLUGS.includes(key)) {
      problems.push({
        file: post.file,
        field: 'file name',
        found: `the address ${postPath(key)}, which the site uses for its own page`,
        expected: `a file name other than ${RESERVED_POST_SLUGS.map((name) => `${name}.mdx`).join(' or ')}`,
        example: `rename it to ${key}-post.mdx`,
      });
    }
    const other = seen.get(seenKey);
    if (other) {
      problems.push({
        file: post.file,
        field: 'file name',
        found: `the same address ${postPath(key, post.lang)} as ${other}`,
        expected: 'every post to have its own file name, since the file name is its address',
        example: `rename it to ${key}-2.mdx`,
      });
    } else seen.set(seenKey, post.file);
  }
  return problems;
}

/** A label for a tag no post carries is a typo ("wordpres") or left over from a removed tag. */
export function checkTagLabels(
  labels: Record<string, string>,
  posts: Parsed[],
  /** Where the labels are in site.json: "tagLabels", or the Malay site's "ms.tagLabels". */
  setting = 'tagLabels',
): ContentProblem[] {
  const used = [
    ...new Set(posts.flatMap((p) => (Array.isArray(p.fm.data.tags) ? p.fm.data.tags : []))),
  ].map(String);
  return Object.keys(labels)
    .filter((tag) => !used.includes(tag))
    .map((tag) => {
      const suggestion = closest(tag, used);
      return {
        file: SITE_FILE,
        field: `${setting}.${tag}`,
        found: `a label for the tag "${tag}", which no post carries`,
        expected: suggestion ? `the tag "${suggestion}" (a misspelling?)` : 'a tag that posts use',
        example: suggestion ? `rename "${tag}" to "${suggestion}"` : 'remove the entry',
      };
    });
}
