'use client';

import { useLayoutEffect, useSyncExternalStore } from 'react';
import { DARK_QUERY, storedTheme, THEME_STORAGE_KEY, type Theme } from '@/lib/theme';

function apply(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
}

function preferred(): Theme {
  return storedTheme(localStorage) ?? (matchMedia(DARK_QUERY).matches ? 'dark' : 'light');
}

// The <html> class is the one source of truth: the head script sets it before paint, this
// button changes it, and the button only reads it back.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
const isDark = () => document.documentElement.classList.contains('dark');
const isDarkOnServer = () => false;

/**
 * Light/dark switch. Until the visitor presses it the site follows the system (and keeps following
 * it live); pressing it stores the choice. Both icons are in the HTML and CSS shows the right one,
 * so the button never flickers while the page hydrates.
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, isDarkOnServer);

  useLayoutEffect(() => {
    const media = matchMedia(DARK_QUERY);
    const follow = () => apply(preferred());
    // Also puts back the class React's development remount clears (a no-op in production).
    follow();
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next: Theme = isDark() ? 'light' : 'dark';
    apply(next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
  };

  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={toggle}
      className="flex h-11 w-11 items-center justify-center rounded-md border border-slate-300 text-ink hover:border-brand-600 dark:border-slate-600 dark:text-slate-100 dark:hover:border-brand-300"
    >
      <span className="sr-only">Dark theme</span>
      {/* Moon in light mode, sun in dark mode: what pressing it will bring. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5 dark:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="hidden h-5 w-5 dark:block"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
