import { MoonIcon, SunIcon } from '@/components/icons';
import { THEME_TOGGLE_ATTRIBUTE } from '@/lib/site/theme';

/**
 * Light/dark switch. The head script (lib/site/theme.ts) does the switching, so a press works from
 * the first paint; until the visitor presses it the site follows the system. Both icons are in
 * the HTML and CSS shows the right one; the script sets aria-pressed as the page is parsed.
 */
export function ThemeToggle({ className, label }: { className: string; label: string }) {
  return (
    <button
      type="button"
      {...{ [THEME_TOGGLE_ATTRIBUTE]: '' }}
      // Hidden when scripts are off, when it could not switch anything (site-document.tsx).
      data-needs-js
      aria-pressed="false"
      // The head script has set the real state by the time React looks.
      suppressHydrationWarning
      className={`theme-button ${className}`}
    >
      <span className="sr-only">{label}</span>
      {/* Moon in light mode, sun in dark mode: what pressing it will bring. */}
      <MoonIcon className="h-5 w-5 dark:hidden" />
      <SunIcon className="hidden h-5 w-5 dark:block" />
    </button>
  );
}
