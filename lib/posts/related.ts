/** What ranking needs of a post; kept minimal so the function is easy to test. */
export type RankablePost = {
  slug: string;
  date: string;
  title: string;
  excerpt: string;
  tags: readonly string[];
  plainText: string;
};

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have he her his how i if ' +
    'in into is it its just may more most much my no not of on one or our out she so some than that the ' +
    'their them then there these they this those to too up us was we were what when where which while ' +
    'who will with would you your also all any about after before over only very via'
  ).split(' '),
);

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 2 && !STOPWORDS.has(t));
}

type Vector = Map<string, number>;

/** TF-IDF vectors, unit length, one per post; computed once per corpus. */
function buildVectors(corpus: readonly RankablePost[]): Map<string, Vector> {
  const termCounts = corpus.map((post) => {
    const counts = new Map<string, number>();
    // The title and excerpt say what a post is about more than any one body sentence.
    const text = `${post.title} ${post.title} ${post.excerpt} ${post.plainText}`;
    for (const term of tokenize(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts) {
    for (const term of counts.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const vectors = new Map<string, Vector>();
  corpus.forEach((post, i) => {
    const counts = termCounts[i] ?? new Map<string, number>();
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of counts) {
      const idf = Math.log((1 + corpus.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;
      const weight = (1 + Math.log(count)) * idf;
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    vectors.set(post.slug, vector);
  });
  return vectors;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** The shared-tag count of the `count`-th best candidate (0 when there are fewer). */
function sharedTagsCutoff(candidates: readonly { sharedTags: number }[], count: number): number {
  // A tally, not a sort: every article's rail scans the whole corpus.
  const tally: number[] = [];
  for (const { sharedTags } of candidates) tally[sharedTags] = (tally[sharedTags] ?? 0) + 1;
  let seen = 0;
  for (let shared = tally.length - 1; shared > 0; shared--) {
    seen += tally[shared] ?? 0;
    if (seen >= count) return shared;
  }
  return 0;
}

const vectorCache = new WeakMap<readonly RankablePost[], Map<string, Vector>>();

/**
 * The `count` posts most related to `target`: most shared tags first, then text similarity,
 * then newest, then slug — a total order, so the rail is identical on every build.
 * `corpus` must already hold only publishable posts; the target itself is never returned.
 */
export function rankRelated<T extends RankablePost>(
  target: RankablePost,
  corpus: readonly T[],
  count: number,
): T[] {
  let vectors = vectorCache.get(corpus);
  if (!vectors) {
    vectors = buildVectors(corpus);
    vectorCache.set(corpus, vectors);
  }
  const targetVector =
    vectors.get(target.slug) ?? buildVectors([target]).get(target.slug) ?? new Map();
  const targetTags = new Set(target.tags);
  const candidates = corpus
    .filter((post) => post.slug !== target.slug)
    .map((post) => ({
      post,
      sharedTags: post.tags.filter((tag) => targetTags.has(tag)).length,
      similarity: 0,
    }));
  // Shared tags rank first, so text similarity only matters among posts sharing at least as
  // many tags as the last one that makes the cut: at 1,000 posts that skips most of the cosines.
  const cutoff = sharedTagsCutoff(candidates, count);
  const contenders = candidates.filter((c) => c.sharedTags >= cutoff);
  for (const c of contenders)
    c.similarity = cosine(targetVector, vectors.get(c.post.slug) ?? new Map());
  return contenders
    .sort(
      (a, b) =>
        b.sharedTags - a.sharedTags ||
        b.similarity - a.similarity ||
        b.post.date.localeCompare(a.post.date) ||
        a.post.slug.localeCompare(b.post.slug),
    )
    .slice(0, count)
    .map((entry) => entry.post);
}
