/** A site address a redirect may start from or lead to: "/blog/old-post", no pattern characters. */
export const SITE_PATH: RegExp;
