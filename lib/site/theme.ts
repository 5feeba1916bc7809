/** Where the visitor's explicit choice is kept; no entry means "follow the system". */
export const THEME_STORAGE_KEY = 'theme';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** What marks the theme button (components/layout/theme-toggle.tsx) for the script below. */
export const THEME_TOGGLE_ATTRIBUTE = 'data-theme-toggle';

/**
 * The whole light/dark switch, run in <head> before the body is parsed: the first paint already
 * has the stored choice, else the system's (followed live until the visitor chooses), and the
 * button works from the first paint, not only once the page's scripts have loaded. The <html>
 * class is the one source of truth; the button's aria-pressed follows it. Plain ES5 in a string because it runs before any bundle. Storage can
 * be blocked (private modes, policies): then the system's theme, and a choice lasts the page.
 */
export const themeScript = [
  '(function(){',
  `var k=${JSON.stringify(THEME_STORAGE_KEY)},h=document.documentElement,m;`,
  'function s(){try{var v=localStorage.getItem(k);return v==="dark"||v==="light"?v:null}catch(e){return null}}',
  'function a(d){h.classList.toggle("dark",d);',
  `var b=document.querySelectorAll("[${THEME_TOGGLE_ATTRIBUTE}]");`,
  'for(var i=0;i<b.length;i++)b[i].setAttribute("aria-pressed",d?"true":"false")}',
  'function f(){var v=s();a(v?v==="dark":!!(m&&m.matches))}',
  `try{m=window.matchMedia(${JSON.stringify(DARK_QUERY)})}catch(e){}`,
  'f();if(m&&m.addEventListener)m.addEventListener("change",f);',
  'document.addEventListener("DOMContentLoaded",f);',
  'document.addEventListener("click",function(e){var t=e.target;',
  `if(!t||!t.closest||!t.closest("[${THEME_TOGGLE_ATTRIBUTE}]"))return;`,
  'var d=!h.classList.contains("dark");a(d);',
  'try{localStorage.setItem(k,d?"dark":"light")}catch(x){}})',
  '})()',
].join('');
