import { listingPagePath } from '../site/routes';

/**
 * Posts on one page of /blog and of each tag page: whole rows in both the two-column (tablet) and
 * three-column (desktop) grid.
 */
export const POSTS_PER_PAGE = 12;

export type PageOf<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
  /** Address of the previous / next page, when there is one. */
  prevHref: string | undefined;
  nextHref: string | undefined;
};

export function pageCount(total: number, perPage: number = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Page `page` of `items`, or undefined when there is no such page (a 404, not an empty page). */
export function paginate<T>(
  items: readonly T[],
  page: number,
  basePath: string,
  perPage: number = POSTS_PER_PAGE,
): PageOf<T> | undefined {
  const totalPages = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    page,
    totalPages,
    prevHref: page > 1 ? listingPagePath(basePath, page - 1) : undefined,
    nextHref: page < totalPages ? listingPagePath(basePath, page + 1) : undefined,
  };
}

/** Page 1, which exists even when there is nothing to list yet. */
export function firstPage<T>(
  items: readonly T[],
  basePath: string,
  perPage: number = POSTS_PER_PAGE,
): PageOf<T> {
  return (
    paginate(items, 1, basePath, perPage) ?? {
      items: [],
      page: 1,
      totalPages: 1,
      prevHref: undefined,
      nextHref: undefined,
    }
  );
}

/**
 * "/blog/page/[page]" params. Page 1 is included although "/blog" is its address: a static export
 * refuses a dynamic route with no params at all, which is what a blog of one page would have.
 * "/blog/page/1" shows the same posts, with its canonical URL pointing at "/blog".
 */
export function pageParams(total: number, perPage: number = POSTS_PER_PAGE): { page: string }[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, i) => ({ page: String(i + 1) }));
}

/** "2" -> 2; anything that is not a plain positive number -> NaN (so paginate says "no page"). */
export function parsePageParam(value: string): number {
  return /^[1-9]\d*$/.test(value) ? Number(value) : Number.NaN;
}
