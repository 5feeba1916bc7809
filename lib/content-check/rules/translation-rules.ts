import { CONTENT_DIR } from '../../settings';
import { LANGUAGE_NAME, otherLocale } from '../../i18n/locales';
import { languageFolder } from '../../content-model/model';
import type { Parsed } from './post-rules';
import { shown, type ContentProblem } from '../../problems/problems';

/**
 * A post's `translation` names the same post in the other language: a post that exists there
 * (not in its own language), or the language switch and hreflang would lead nowhere.
 */
export function checkTranslations(posts: readonly Parsed[]): ContentProblem[] {
  return posts.flatMap((post) => {
    const target = post.fm.data.translation;
    if (typeof target !== 'string' || target === '') return [];
    const other = otherLocale(post.lang);
    if (posts.some((p) => p.lang === other && p.slug === target)) return [];
    const folder = [CONTENT_DIR, 'posts', languageFolder(other)].filter(Boolean).join('/');
    const same = posts.find((p) => p.lang === post.lang && p.slug === target);
    return [
      {
        file: post.file,
        line: post.fm.fieldLines.get('translation'),
        field: 'translation',
        found: same
          ? `${shown(target)}, which is a post in the same language as this one (${same.file})`
          : `${shown(target)}, but there is no post ${folder}/${target}.mdx`,
        expected: `the file name, without .mdx, of this post in ${LANGUAGE_NAME[other]} (a file in ${folder}/)`,
        example: `translation: ${posts.find((p) => p.lang === other)?.slug ?? 'the-other-post'}`,
      },
    ];
  });
}
