/**
 * Full-text search over the blog. The index is built once at build time (served as
 * /search-index.json) and queried in the browser by the /search island, so this file must stay
 * free of server-only imports: it is bundled into that one page.
 */

/** What a result shows. */
export type SearchDocument = {
  url: string;
  title: string;
  excerpt: string;
  date: string;
  tags: string[];
};

/** What indexing reads of a post; the body is indexed but not shipped. */
export type IndexablePost = SearchDocument & { plainText: string };

export type SearchIndex = {
  version: 1;
  documents: SearchDocument[];
  /** term -> [document number, weight] pairs. */
  terms: Record<string, Array<[number, number]>>;
};

export type SearchHit = { document: SearchDocument; score: number };

// A word in the title says more about a post than the same word deep in the body.
const FIELD_WEIGHTS = { title: 8, tags: 5, excerpt: 3, body: 1 } as const;
// Prefix matches ("exch" -> "exchange") let results follow typing, but rank below whole words.
const PREFIX_FACTOR = 0.7;
const MIN_TERM_LENGTH = 2;

/** Lowercase words without accents: "Café Wi-Fi" -> ["cafe", "wi", "fi"]. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length >= MIN_TERM_LENGTH);
}

export function buildSearchIndex(posts: readonly IndexablePost[]): SearchIndex {
  // A Map, not an object: "constructor" is a word a post may well contain.
  const terms = new Map<string, Array<[number, number]>>();
  posts.forEach((post, doc) => {
    const weights = new Map<string, number>();
    const add = (text: string, fieldWeight: number) => {
      const counts = new Map<string, number>();
      for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
      // Repetition helps a little (1 + ln n), so one long post cannot drown the rest.
      for (const [token, n] of counts)
        weights.set(token, (weights.get(token) ?? 0) + fieldWeight * (1 + Math.log(n)));
    };
    add(post.title, FIELD_WEIGHTS.title);
    add(post.tags.join(' '), FIELD_WEIGHTS.tags);
    add(post.excerpt, FIELD_WEIGHTS.excerpt);
    add(post.plainText, FIELD_WEIGHTS.body);
    for (const [token, weight] of weights) {
      const postings = terms.get(token) ?? [];
      postings.push([doc, Math.round(weight * 100) / 100]);
      terms.set(token, postings);
    }
  });
  const documents = posts.map(({ url, title, excerpt, date, tags }) => ({
    url,
    title,
    excerpt,
    date,
    tags: [...tags],
  }));
  const sorted = [...terms].sort(([a], [b]) => (a < b ? -1 : 1));
  return { version: 1, documents, terms: Object.fromEntries(sorted) };
}

/**
 * Documents matching every word of `query` (each word may be the start of a longer one), best
 * first; ties go to the newer post. An empty query matches nothing: the page shows all posts.
 */
export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return [];
  let scores: Map<number, number> | undefined;
  for (const word of words) {
    const wordScores = new Map<number, number>();
    for (const [term, postings] of Object.entries(index.terms)) {
      if (!term.startsWith(word)) continue;
      const factor = term === word ? 1 : PREFIX_FACTOR;
      for (const [doc, weight] of postings) {
        wordScores.set(doc, Math.max(wordScores.get(doc) ?? 0, weight * factor));
      }
    }
    const previous = scores;
    scores = new Map(
      [...wordScores]
        .filter(([doc]) => !previous || previous.has(doc))
        .map(([doc, score]) => [doc, score + (previous?.get(doc) ?? 0)]),
    );
    if (scores.size === 0) return [];
  }
  return [...(scores ?? [])]
    .flatMap(([doc, score]) => {
      const document = index.documents[doc];
      return document ? [{ document, score }] : [];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.document.date.localeCompare(a.document.date) ||
        a.document.url.localeCompare(b.document.url),
    )
    .slice(0, limit);
}

/** Guards what comes back from the network before the island trusts it. */
/**
 * Without the index (offline, or it failed to load): the posts whose title, excerpt or tags hold
 * every word typed, newest first. Much less code for the browser than building an index there.
 */
export function searchShallow<T extends SearchDocument>(posts: readonly T[], query: string): T[] {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return [];
  return posts.filter((post) => {
    const terms = tokenize(`${post.title} ${post.excerpt} ${post.tags.join(' ')}`);
    return words.every((word) => terms.some((term) => term.startsWith(word)));
  });
}

export function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'version' in value &&
    value.version === 1 &&
    'documents' in value &&
    Array.isArray(value.documents) &&
    'terms' in value &&
    typeof value.terms === 'object' &&
    value.terms !== null
  );
}
