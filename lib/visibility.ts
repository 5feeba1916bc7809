/**
 * The one rule for which posts are published, shared by the site (lib/posts.ts) and the content
 * check (lib/content/check-content.ts), so a link the check passes never 404s on the site.
 */
export type VisibilityRules = {
  includeDrafts: boolean;
  /** Posts dated after this day are scheduled, not yet published. "YYYY-MM-DD". */
  today: string;
};

/** `npm run dev` previews drafts and scheduled posts; a build publishes up to its own day. */
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
