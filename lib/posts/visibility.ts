/**
 * The one rule for which posts are published, shared by the site (lib/posts/posts.ts) and the content
 * check (lib/content-check/check-content.ts), so a link the check passes never 404s on the site.
 */
import { siteCalendarDay } from '../site/calendar-day';
import { isPreviewBuild } from './preview';

export type VisibilityRules = {
  includeDrafts: boolean;
  /** Posts dated after this day are scheduled, not yet published. "YYYY-MM-DD". */
  today: string;
};

/**
 * The day a build publishes up to: the one next.config.ts fixes into the site's code
 * (SNYNET_BUILD_DAY), else today in the company's timezone.
 */
export function buildDay(): string {
  return process.env.SNYNET_BUILD_DAY || siteCalendarDay();
}

/** Drafts and scheduled posts show, marked: in `npm run dev` and in a preview build. */
export function isPreview(): boolean {
  return process.env.NODE_ENV === 'development' || isPreviewBuild();
}

/** A preview shows drafts and scheduled posts; a build publishes up to its own day. */
export function visibilityRules(preview: boolean, buildDay: string): VisibilityRules {
  return { includeDrafts: preview, today: preview ? '9999-12-31' : buildDay };
}

export function isVisible(
  post: { readonly draft: boolean; readonly date: string },
  rules: VisibilityRules,
): boolean {
  if (post.draft && !rules.includeDrafts) return false;
  return post.date <= rules.today;
}
