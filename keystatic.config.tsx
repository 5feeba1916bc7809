/**
 * The browser editor at /keystatic (CONTENT.md, "Edit in the browser"). Its collections write the
 * same files the site reads: content/posts/<address>.mdx and content/pages/<name>.mdx, the Malay
 * ones in posts/ms and pages/ms (YAML
 * frontmatter, then the MDX body), and content/site.json. Fields come from the content model.
 */
import { collection, config, fields, singleton } from '@keystatic/core';
import { editorComponents } from '@/lib/editor/mdx-components';
import { editorFields, titleAndAddress } from '@/lib/editor/fields';
import { redirectsSchema } from '@/lib/editor/redirect-fields';
import { siteSettingsSchema } from '@/lib/editor/site-fields';
import { githubRepo } from '@/lib/editor/github-repo';
import { CONTENT_LANGUAGES, languageFolder, pageModel, postModel } from '@/lib/content-model/model';
import { postPath, REQUIRED_PAGES } from '@/lib/site/routes';
import { DEFAULT_LOCALE, LANGUAGE_NAME, localePath, type Locale } from '@/lib/i18n/locales';

const pictures = { directory: 'public/images/posts', publicPath: '/images/posts/' };
const repo = githubRepo(process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO);
// The content folder (lib/settings.ts), inlined by next.config.ts: this file runs in the browser.
const contentDir = process.env.CONTENT_DIR || 'content';

// Each body: the frontmatter above, the article below, as the site and `npm run new:post` write it.
const mdxFile = { contentField: 'body' } as const;

/** A folder of MDX files: the model's fields as frontmatter, the title naming the file. */
function mdxCollection(options: {
  label: string;
  path: `${string}/*`;
  model: typeof postModel | typeof pageModel;
  address: { label: string; description: string };
  body: string;
  /**
   * What the admin's list shows of each entry, beside its title. Set after collection(): its
   * type allows only fields every model has (the model here is a union).
   */
  columns: string[];
  previewUrl?: string;
}) {
  const list = collection({
    label: options.label,
    path: options.path,
    format: mdxFile,
    entryLayout: 'content',
    slugField: 'title',
    ...(options.previewUrl ? { previewUrl: options.previewUrl } : {}),
    schema: {
      title: titleAndAddress(options.model.title, options.address),
      ...editorFields(options.model, pictures, 'title'),
      body: fields.mdx({
        label: options.body,
        extension: 'mdx',
        options: { image: pictures },
        components: editorComponents(pictures),
      }),
    },
  });
  return { ...list, columns: options.columns };
}

/** A language's folder inside posts/ or pages/: "content/posts", "content/posts/ms". */
const folder = (kind: 'posts' | 'pages', lang: Locale) =>
  [contentDir, kind, languageFolder(lang)].filter(Boolean).join('/');

function languageCollections(lang: Locale) {
  const key = (name: string) => (lang === DEFAULT_LOCALE ? name : `${name}-${lang}`);
  const blog = localePath(lang, '/blog');
  return [
    [
      key('posts'),
      mdxCollection({
        label: `Blog posts — ${LANGUAGE_NAME[lang]}`,
        path: `${folder('posts', lang)}/*`,
        model: postModel,
        address: {
          label: 'Address',
          description: `The post’s address: ${blog}/<this>. Lowercase letters, digits and hyphens.`,
        },
        body: 'Article',
        columns: ['title', 'date', 'draft'],
        previewUrl: postPath('{slug}', lang),
      }),
    ],
    [
      key('pages'),
      mdxCollection({
        label: `Pages — ${LANGUAGE_NAME[lang]}`,
        path: `${folder('pages', lang)}/*`,
        model: pageModel,
        address: {
          label: 'File name',
          description: `The page’s file: ${REQUIRED_PAGES.join(', ')}.`,
        },
        body: 'Page text',
        columns: ['title', 'heading'],
      }),
    ],
  ] as const;
}

export default config({
  // GitHub only in a production build; next.config.ts builds none without the settings.
  storage:
    process.env.NODE_ENV === 'production' && repo
      ? { kind: 'github', repo, branchPrefix: 'content/' }
      : { kind: 'local' },
  ui: { brand: { name: 'Snynet Solution' } },
  // Each language's posts and pages in collections of their own, named with their language:
  // English keeps the folders it always had, Malay is in posts/ms and pages/ms (the model says so).
  collections: Object.fromEntries(CONTENT_LANGUAGES.flatMap(languageCollections)),
  singletons: {
    site: singleton({
      label: 'Site settings',
      path: `${contentDir}/site`,
      format: { data: 'json' },
      schema: siteSettingsSchema,
    }),
    redirects: singleton({
      label: 'Redirects',
      path: `${contentDir}/redirects`,
      format: { data: 'json' },
      schema: redirectsSchema,
    }),
  },
});
