import type { FormEvent, InputHTMLAttributes } from 'react';
import { sitePath } from '@/lib/site/site-path';

/** The box's own words, in the page's language. */
export type SearchBoxStrings = { placeholder: string; button: string };

export const SEARCH_INPUT_ID = 'search-q';

type SearchBoxProps = {
  /** Visible label, or read by screen readers only when `hideLabel`. */
  label: string;
  /** The language's search page (/search, /ms/search), where the form goes. */
  action: string;
  strings: SearchBoxStrings;
  hideLabel?: boolean;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  className?: string;
};

/**
 * A plain GET form to /search?q=…: it works with JavaScript off, and costs no script where it is
 * used outside /search. The /search island reuses it and takes over typing and submitting.
 */
export function SearchBox({
  label,
  action,
  strings,
  hideLabel = false,
  inputProps,
  onSubmit,
  className = '',
}: SearchBoxProps) {
  return (
    <form
      role="search"
      action={sitePath(action)}
      method="get"
      onSubmit={onSubmit}
      className={`w-full max-w-xl ${className}`}
    >
      <label
        htmlFor={SEARCH_INPUT_ID}
        className={
          hideLabel ? 'sr-only' : 'block text-sm font-medium text-slate-800 dark:text-slate-200'
        }
      >
        {label}
      </label>
      <div className={`flex gap-2 ${hideLabel ? '' : 'mt-1'}`}>
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          placeholder={strings.placeholder}
          className="h-12 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-4 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 dark:focus:border-brand-300"
          {...inputProps}
        />
        <button
          type="submit"
          className="h-12 shrink-0 rounded-lg border border-transparent bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {strings.button}
        </button>
      </div>
    </form>
  );
}
