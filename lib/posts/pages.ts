import { CONTENT_DIR } from '../settings';
import { generatedPages } from './generated-content';
import type { FieldValues, pageModel } from '../content-model/model';
import type { RequiredPage } from '../site/routes';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/** A fixed page's copy: its frontmatter (lib/content-model/model.ts) and body. */
export type PageContent = FieldValues<typeof pageModel> & {
  slug: string;
  /** MDX source, compiled when the page is prerendered. */
  body: string;
};

/** Copy for a fixed page (content/pages/<slug>.mdx). A missing file is a build error, not a 404. */
export function getPage(slug: RequiredPage, locale: Locale = DEFAULT_LOCALE): PageContent {
  const doc = generatedPages().find((p) => p.slug === slug && p.lang === locale);
  if (!doc) {
    const folder = locale === DEFAULT_LOCALE ? 'pages' : `pages/${locale}`;
    throw new Error(
      `${CONTENT_DIR}/${folder}/${slug}.mdx is missing. Restore it: the ${slug} page is built from it.`,
    );
  }
  const { _id, _raw, type: _type, lang: _lang, body, ...fields } = doc;
  return { ...fields, body: body.raw };
}
