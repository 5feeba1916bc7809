// The types the body walk and its rules share; on their own so neither imports the other.

export type Wording = { found: string; expected: string; example: string };

export type BodyContext = {
  file: string;
  /** Line of the file where the body starts, so reported lines match the editor's. */
  lineOffset: number;
  /** Does this site path ("/about", "/blog/x") lead to a published page? */
  routeExists: (path: string) => boolean;
  /** Why a link to this existing post would 404 (a draft, or scheduled), when it would. */
  unpublished?: (path: string) => Wording | undefined;
  /** Every published page's path, to suggest the one a broken link probably meant. */
  routes: readonly string[];
  /** Does this file exist under public/ ("/images/x.png")? */
  publicFileExists: (path: string) => boolean;
};
