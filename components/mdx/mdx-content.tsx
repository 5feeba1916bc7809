import { MDXRemote } from 'next-mdx-remote/rsc';
import type { Locale } from '@/lib/i18n/locales';
import { REMARK_PLUGINS } from '@/lib/content-model/markdown-syntax';
import { dropUnsafeMarkup } from './drop-unsafe-markup';
import { mdxComponents } from './mdx-components';

// The Markdown the content check and the search index read (tables, bare links, …); compiled
// here on the server at prerender time, so none of it reaches the browser. Markup that could
// run script is dropped last.
const options = { mdxOptions: { remarkPlugins: [...REMARK_PLUGINS, dropUnsafeMarkup] } };

type MdxContentProps = { source: string; locale: Locale; className?: string };

/** Compiles and renders an MDX body on the server, at prerender time; ships no JavaScript. */
export function MdxContent({ source, locale, className = '' }: MdxContentProps) {
  const components = mdxComponents(locale);
  return (
    <div
      className={`prose prose-slate max-w-none prose-headings:text-ink prose-a:text-brand-700 prose-blockquote:border-brand-600 dark:prose-invert dark:prose-headings:text-slate-50 dark:prose-a:text-brand-300 dark:prose-blockquote:border-brand-300 ${className}`}
    >
      <MDXRemote source={source} components={components} options={options} />
    </div>
  );
}
