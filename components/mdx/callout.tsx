import type { ReactNode } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';

const tones = {
  info: {
    label: 'note',
    box: 'border-brand-600 bg-brand-50 dark:border-brand-300 dark:bg-slate-900',
  },
  warning: {
    label: 'warning',
    box: 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
  },
} as const;

export type CalloutProps = { type?: keyof typeof tones; title?: string; children: ReactNode };

/** `words`: the article's language's (components/mdx/mdx-components.tsx binds them). */
export function Callout({
  type = 'info',
  title,
  children,
  words,
}: CalloutProps & { words: Dictionary['body'] }) {
  const tone = tones[type] ?? tones.info;
  return (
    <aside
      role="note"
      className={`not-prose my-6 rounded-r-lg border-l-4 px-5 py-4 text-slate-800 dark:text-slate-200 ${tone.box}`}
    >
      <p className="font-semibold">{title ?? words[tone.label]}</p>
      <div className="mt-1 text-[0.95rem] leading-relaxed [&_a]:text-brand-700 [&_a]:underline dark:[&_a]:text-brand-300">
        {children}
      </div>
    </aside>
  );
}
