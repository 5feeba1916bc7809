/**
 * The content problems the site shows: in `npm run dev` (a panel on every page, a post's own on
 * top of it) and in a preview build (on the affected pages and in the banner). Production builds
 * show none: they stop on any problem.
 */
import { cache } from 'react';
import { CONTENT_DIR } from '../settings';
import { isPreview } from '../posts/visibility';
import { readProblems, type ProblemsReport } from './problems-file';

/** Read once per render (the banner, the page's own list and the dev panel share it). */
export const shownProblems = cache((): ProblemsReport | undefined => {
  if (!isPreview()) return undefined;
  return readProblems(CONTENT_DIR);
});
