// Run by scripts/build.mjs over every prerendered page (.next/server/app, or out/ for a static
// export): the page paints before its JavaScript is fetched.
//
// Next writes its scripts as <script async> in the <head>. On a fast or cached connection they
// arrive with the stylesheet and run first, so React's start-up (about 50 ms here, several times
// that on a cheap phone) sat between a page's arrival and its first paint. Every page is complete
// HTML without its scripts (the menu, search and contact form all work before they run), so the
// scripts can wait: a small inline loader adds the same tags once the first contentful paint is
// on screen. On a slow line the download starts at that paint rather than beside the stylesheet;
// the text, pictures and links do not wait for it. Lighthouse 12 counted every script that
// finished before the paint into its simulated LCP: 1.8–2.5 s before, 1.3–1.6 s after.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Next's own scripts: `async`, from its static folder (any attributes, any ?dpl= query). */
const SCRIPT_TAG = /<script ([^>]*\bsrc="[^"]*\/_next\/static\/[^"]*"[^>]*)><\/script>/g;
const SCRIPT_PRELOAD = /<link [^>]*\bas="script"[^>]*\/?>/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;

/** @param {string} value */
const unescape = (value) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/**
 * Loads the scripts once the first contentful paint is presented, not merely painted: the frame
 * reaches the screen a few milliseconds after the paint. A page that is or becomes hidden (a
 * background tab, prerendering) paints nothing until shown, so it loads them then and there; a
 * browser without paint timing loads them after its first frame; and a page still unpainted
 * after 3 s (a phone busy elsewhere) loads them anyway, as it would have without this. Old
 * syntax on purpose: it runs in every browser.
 * @param {Record<string, string>[]} scripts each script's attributes (src, crossorigin, …)
 */
export function loaderScript(scripts) {
  return (
    '<script>(function(s){var d;function l(){if(d)return;d=1;s.forEach(function(a){' +
    "var e=document.createElement('script');for(var k in a)e.setAttribute(k,a[k]);" +
    'e.async=true;document.head.appendChild(e)})}' +
    "function n(){setTimeout(l,0)}if(document.visibilityState==='hidden')return l();" +
    "setTimeout(l,3000);document.addEventListener('visibilitychange',l);" +
    "var P=window.PerformanceObserver;if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0)" +
    "new P(function(x,o){if(x.getEntriesByName('first-contentful-paint').length){o.disconnect();n()}})" +
    ".observe({type:'paint',buffered:true});else requestAnimationFrame(n)})(" +
    // `<` escaped: an attribute can never close the inline script.
    JSON.stringify(scripts).replaceAll('<', '\\u003c') +
    ')</script>'
  );
}

/** @param {string} attributes the inside of a tag, `src="…" async=""` */
function parseAttributes(attributes) {
  return Object.fromEntries(
    [...attributes.matchAll(ATTRIBUTE)].map(([, name = '', value = '']) => [name, unescape(value)]),
  );
}

/**
 * The page with Next's async script tags moved into the loader, or null when it has none.
 * Throws if a Next script or script preload would be left in place: a page that quietly ran its
 * scripts before painting again is what this exists to prevent.
 * @param {string} html
 */
export function paintFirst(html) {
  const bodyEnd = html.lastIndexOf('</body>');
  if (bodyEnd < 0) return null;
  /** @type {Record<string, string>[]} */
  const scripts = [];
  const rest = html
    .slice(0, bodyEnd)
    .replace(SCRIPT_TAG, (tag, inside) => {
      const { async, ...attributes } = parseAttributes(inside);
      if (async === undefined) return tag; // the noModule polyfills: old browsers only
      scripts.push(attributes);
      return '';
    })
    .replace(SCRIPT_PRELOAD, '');
  if (scripts.length === 0) return null;
  const left =
    /<script [^>]*\basync\b[^>]*\/_next\/static\/|<script [^>]*\/_next\/static\/[^>]*\basync\b/.exec(
      rest,
    );
  if (left) throw new Error(`a Next script was left in place: ${left[0]}…`);
  return rest + loaderScript(scripts) + html.slice(bodyEnd);
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Rewrites every page under dir that Next rendered (an HTML file copied from public/ is left
 * alone); throws naming the first page it cannot rewrite.
 * @param {string} dir
 * @returns {number} pages rewritten
 */
export function paintFirstPages(dir) {
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('/_next/static/')) continue;
    let rewritten;
    try {
      rewritten = paintFirst(html);
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : error}`);
    }
    if (rewritten === null)
      throw new Error(
        `${file} has no <script src="…/_next/static/…" async> tag, the form scripts/paint-first.mjs ` +
          'expects: Next has changed how it writes scripts. Update SCRIPT_TAG there.',
      );
    writeFileSync(file, rewritten);
    pages++;
  }
  return pages;
}
