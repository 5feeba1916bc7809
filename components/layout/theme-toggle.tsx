'use client';

import { MoonIcon, SunIcon } from '@/components/icons';
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
      // Hidden when scripts are off, when it could not switch anything (site-header.tsx).
      data-needs-js
      aria-pressed={dark}
      onClick={toggle}
      className="flex h-11 w-11 items-center justify-center rounded-md border border-slate-300 text-ink hover:border-brand-600 dark:border-slate-600 dark:text-slate-100 dark:hover:border-brand-300"
    >
      <span className="sr-only">Dark theme</span>
      {/* Moon in light mode, sun in dark mode: what pressing it will bring. */}
      <MoonIcon className="h-5 w-5 dark:hidden" />
      <SunIcon className="hidden h-5 w-5 dark:block" />
    </button>
  );
}
