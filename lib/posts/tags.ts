/** content/site.json's `tagLabels`, passed in: chips are also drawn by the search page's browser code. */
export type TagLabels = Readonly<Record<string, string>>;

/** What tag listings need of a post. */
export type Taggable = { tags: readonly string[] };

export type TagCount = { tag: string; count: number };

/**
 * "web-performance" -> "Web performance", for headings and chips; "seo" -> "SEO" when
 * content/site.json's `tagLabels` says so.
 */
export function tagLabel(tag: string, labels: TagLabels): string {
  // Own entries only: a tag named "constructor" must not find Object's.
  const label = Object.hasOwn(labels, tag) ? labels[tag] : undefined;
  if (label) return label;
  const words = tag.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every tag with the number of posts carrying it: most used first, then A–Z. */
export function countTags(posts: readonly Taggable[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const post of posts) {
    for (const tag of new Set(post.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The posts carrying `tag`, in the order given. */
export function withTag<T extends Taggable>(posts: readonly T[], tag: string): T[] {
  return posts.filter((post) => post.tags.includes(tag));
}
