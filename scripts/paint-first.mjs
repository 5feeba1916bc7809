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
// finished before the paint into its simulated LCP: 1.8–2.5 s before, 1.4–1.8 s after.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Next 16's tags, byte for byte. If an upgrade changes them, paintFirstPages stops the build
// rather than shipping pages that quietly run their scripts before painting again.
const SCRIPT_TAG = /<script src="([^"]*\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="[^"]*"\/>/g;

/**
 * Loads the scripts once the first contentful paint is presented, not merely painted: the frame
 * reaches the screen a few milliseconds after the paint. A page that is or becomes hidden (a
 * background tab, prerendering) paints nothing until shown, so it loads them then and there; a
 * browser without paint timing loads them after its first frame; and a page still unpainted
 * after 3 s (a phone busy elsewhere) loads them anyway, as it would have without this. Old
 * syntax on purpose: it runs in every browser.
 * @param {string[]} sources
 */
export function loaderScript(sources) {
  return (
    '<script>(function(s){var d;function l(){if(d)return;d=1;s.forEach(function(u){' +
    "var e=document.createElement('script');e.src=u;e.async=true;document.head.appendChild(e)})}" +
    "function n(){setTimeout(l,0)}if(document.visibilityState==='hidden')return l();" +
    "setTimeout(l,3000);document.addEventListener('visibilitychange',l);" +
    "var P=window.PerformanceObserver;if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0)" +
    "new P(function(x,o){if(x.getEntriesByName('first-contentful-paint').length){o.disconnect();n()}})" +
    ".observe({type:'paint',buffered:true});else requestAnimationFrame(n)})(" +
    JSON.stringify(sources) +
    ')</script>'
  );
}

/**
 * The page with Next's script tags moved into the loader, or null when it has none.
 * @param {string} html
 */
export function paintFirst(html) {
  const sources = [...html.matchAll(SCRIPT_TAG)].map((match) => match[1] ?? '');
  const bodyEnd = html.lastIndexOf('</body>');
  if (sources.length === 0 || bodyEnd < 0) return null;
  const rest = html.slice(0, bodyEnd).replace(SCRIPT_TAG, '').replace(SCRIPT_PRELOAD, '');
  return rest + loaderScript(sources) + html.slice(bodyEnd);
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
 * Rewrites every page under dir; throws naming the first page Next wrote differently.
 * @param {string} dir
 * @returns {number} pages rewritten
 */
export function paintFirstPages(dir) {
  const files = htmlFiles(dir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const rewritten = paintFirst(html);
    if (rewritten === null)
      throw new Error(
        `${file} has no <script src="…/_next/static/…" async=""> tag in the form scripts/paint-first.mjs ` +
          'expects: Next has changed how it writes scripts. Update SCRIPT_TAG there.',
      );
    writeFileSync(file, rewritten);
  }
  return files.length;
}
