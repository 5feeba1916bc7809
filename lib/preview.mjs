// Plain JavaScript so next.config.mjs and the content check read the same rule as the pages.

/**
 * A preview deployment (Vercel's preview environment, or SITE_PREVIEW=1 on any host) shows
 * drafts and scheduled posts, marked, behind a banner and noindex, so a branch can be read
 * before it is merged. Production builds never do.
 * @returns {boolean}
 */
export function isPreviewBuild() {
  return process.env.SITE_PREVIEW === '1' || process.env.VERCEL_ENV === 'preview';
}
