import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { plainTextPipeline } from './lib/content-model/mdx-pipeline';
import {
  CONTENT_LANGUAGES,
  contentLanguage,
  languageFolder,
  pageModel,
  postModel,
} from './lib/content-model/model';
import { contentlayerFields } from './lib/content-model/model-contentlayer';
import { siteDefaults } from './lib/seo/site-defaults';
import { postPath } from './lib/site/routes';
import { CONTENT_DIR } from './lib/settings';
import { validSiteSettings } from './lib/site/site-problems';
import { readSiteFile } from './lib/site/site-file';
import { isPreviewBuild } from './lib/posts/preview';
import { readProblems } from './lib/problems/problems-file';
import { leftOutOfPreview } from './lib/content-check/preview-tolerance';

// Read from disk, not imported: the content folder is a setting, and an import's path is fixed.
const site = validSiteSettings(readSiteFile());

const WORDS_PER_MINUTE = 200;

const fileSlug = (fileName: string): string => fileName.replace(/\.mdx$/, '');

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.mdx',
  contentType: 'markdown',
  fields: contentlayerFields(postModel, siteDefaults(site)),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    // Its folder says its language (lib/content/model.ts): posts/ms/ is Malay, under /ms/blog.
    lang: { type: 'string', resolve: (doc) => contentLanguage(doc._raw.sourceFilePath) },
    url: {
      type: 'string',
      resolve: (doc) =>
        postPath(fileSlug(doc._raw.sourceFileName), contentLanguage(doc._raw.sourceFilePath)),
    },
    // body.html holds the body's plain text, not HTML: see lib/content/mdx-pipeline.ts
    readingTime: {
      type: 'number',
      resolve: (doc) =>
        Math.max(
          1,
          Math.ceil(doc.body.html.split(/\s+/).filter(Boolean).length / WORDS_PER_MINUTE),
        ),
    },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  // English pages directly in pages/, each other language's in its folder (pages/ms/).
  filePathPattern: `pages/{${CONTENT_LANGUAGES.map((lang) => [languageFolder(lang), '*'].filter(Boolean).join('/')).join(',')}}.mdx`,
  contentType: 'markdown',
  fields: contentlayerFields(pageModel, siteDefaults(site)),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    lang: { type: 'string', resolve: (doc) => contentLanguage(doc._raw.sourceFilePath) },
  },
}));

export default makeSource({
  contentDirPath: CONTENT_DIR,
  // A post whose file name starts with "_" (the template, an editor's notes) is never published;
  // the content check skips the same files (lib/content-check/check-content.ts).
  // A preview build leaves out the posts the content check found unrenderable (its banner lists
  // them); a production build never gets here with any (npm run build stops at the check).
  contentDirExclude: [
    'site.json',
    'redirects.json',
    'published.json',
    'posts/**/_*.mdx',
    ...(isPreviewBuild() ? leftOutOfPreview(readProblems(CONTENT_DIR)) : []),
  ],
  documentTypes: [Post, Page],
  markdown: plainTextPipeline,
  // A broken post must stop the build, never be skipped with a warning nobody reads.
  onUnknownDocuments: 'fail',
  // We import the generated data through a tsconfig path (TypeScript 7 has no baseUrl).
  disableImportAliasWarning: true,
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});
