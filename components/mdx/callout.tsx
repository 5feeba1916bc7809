import type { ReactNode } from 'react';

const tones = {
  info: { label: 'Note', box: 'border-brand-600 bg-brand-50' },
  warning: { label: 'Warning', box: 'border-amber-500 bg-amber-50' },
} as const;

export type CalloutProps = { type?: keyof typeof tones; title?: string; children: ReactNode };

export function Callout({ type = 'info', title, children }: CalloutProps) {
  const tone = tones[type] ?? tones.info;
  return (
    <aside
      role="note"
      className={`not-prose my-6 rounded-r-lg border-l-4 px-5 py-4 text-slate-800 ${tone.box}`}
    >
      <p className="font-semibold">{title ?? tone.label}</p>
      <div className="mt-1 text-[0.95rem] leading-relaxed [&_a]:text-brand-700 [&_a]:underline">
        {children}
      </div>
    </aside>
  );
}
