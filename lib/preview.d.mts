/** A preview deployment: VERCEL_ENV=preview or SITE_PREVIEW=1. */
export function isPreviewBuild(): boolean;
