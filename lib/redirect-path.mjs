// Plain JavaScript without file access: next.config.mjs, the check and the admin (in the browser)
// read the same rule.

/** A site address a redirect may start from or lead to: "/blog/old-post", no pattern characters. */
export const SITE_PATH = /^\/[A-Za-z0-9/_.~-]*$/;
