export type Theme = 'light' | 'dark';

/** Where the visitor's explicit choice is kept; no entry means "follow the system". */
export const THEME_STORAGE_KEY = 'theme';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Runs in <head> before the body is parsed, so the first paint already has the right theme: the
 * stored choice if there is one, else the system's. Plain ES5 in a string because it must run
 * before any bundle loads. Storage can be blocked (private modes, policies): then the system's.
 */
export const themeScript = `(function(){var s;try{s=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)})}catch(e){}try{var d=s==="dark"||(s!=="light"&&window.matchMedia(${JSON.stringify(
  DARK_QUERY,
)}).matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

/** The visitor's stored choice, if any; undefined when storage is blocked. */
export function storedTheme(storage: Pick<Storage, 'getItem'>): Theme | undefined {
  try {
    const value = storage.getItem(THEME_STORAGE_KEY);
    return value === 'dark' || value === 'light' ? value : undefined;
  } catch {
    return undefined;
  }
}
