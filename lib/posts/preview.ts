// One rule for next.config.ts, the content check and the pages. The reads stay literal: Next
// inlines SITE_PREVIEW (next.config.ts `env`) so a preview build stays one on any server.

/**
 * A preview deployment (Vercel's preview environment, or SITE_PREVIEW=1 on any host) shows
 * drafts and scheduled posts, marked, behind a banner and noindex, so a branch can be read
 * before it is merged. Production builds never do.
 */
export function isPreviewBuild(): boolean {
  return process.env.SITE_PREVIEW === '1' || process.env.VERCEL_ENV === 'preview';
}
