import { splitLocalePath } from '../i18n/locales';
import { pagePath, SEARCH_PATH } from './routes';

/**
 * Routes whose page carries its own island (the search box, the contact form). Next prefetches
 * every link in view, code included, so linking to these from every page would add their
 * JavaScript to every page's load. They are fetched when followed instead, in either language
 * (/ms/search, /ms/contact).
 */
const ISLAND_ROUTES: ReadonlySet<string> = new Set([SEARCH_PATH, pagePath('contact')]);

/** `prefetch` prop for a link to `href`: false for island routes, Next's default otherwise. */
export function prefetchFor(href: string): false | undefined {
  const path = splitLocalePath(href.split(/[?#]/)[0] ?? href).path;
  return ISLAND_ROUTES.has(path) ? false : undefined;
}
