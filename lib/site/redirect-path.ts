// Without file access: next.config.ts, the check and the admin (in the browser) read one rule.

/** A site address a redirect may start from or lead to: "/blog/old-post", no pattern characters. */
export const SITE_PATH = /^\/[A-Za-z0-9/_.~-]*$/;
