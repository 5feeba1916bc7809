'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { isSearchIndex, search, searchShallow, type SearchIndex } from '@/lib/posts/search';
import { SEARCH_INPUT_ID, SearchBox } from './search-box';
import { SearchResults } from './search-results';
import { fill } from '@/lib/i18n/fill';
import type { SearchPageProps } from './search-strings';

type SearchIslandProps = SearchPageProps & { indexUrl: string };

/**
 * Results as you type, over titles, excerpts, tags and bodies. Loaded on /search only: the index
 * is fetched here, not bundled, so no other page carries its weight.
 */
export function SearchIsland({
  posts,
  indexUrl,
  tagLabels,
  locale,
  action,
  strings,
}: SearchIslandProps) {
  const params = useSearchParams();
  const [early] = useState(typedBeforeHydration);
  const [query, setQuery] = useState(() => early?.value || (params.get('q') ?? ''));
  const [index, setIndex] = useState<SearchIndex | 'loading' | 'failed'>('loading');

  useEffect(() => {
    if (!early) return;
    if (early.value) keepInAddress(early.value);
    if (early.focused) document.getElementById(SEARCH_INPUT_ID)?.focus();
  }, [early]);

  useEffect(() => {
    let live = true;
    fetch(indexUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((data: unknown) => live && setIndex(isSearchIndex(data) ? data : 'failed'))
      .catch(() => live && setIndex('failed'));
    return () => {
      live = false;
    };
  }, [indexUrl]);

  const trimmed = query.trim();
  // Without the full index (offline, or it failed to load) titles and excerpts still answer.
  const hits = useMemo(() => {
    if (index === 'loading' || !trimmed) return [];
    if (index === 'failed') return searchShallow(posts, trimmed);
    // The page's own list carries each date as the page's language writes it.
    const listed = new Map(posts.map((post) => [post.url, post]));
    return search(index, trimmed).flatMap((hit) => listed.get(hit.document.url) ?? []);
  }, [index, posts, trimmed]);

  const update = (value: string) => {
    setQuery(value);
    keepInAddress(value);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();

  let status: string;
  if (!trimmed) status = fill(strings.all, { count: posts.length });
  else if (index === 'loading') status = strings.searching;
  else if (hits.length === 0) status = fill(strings.none, { query: trimmed });
  else
    status = fill(hits.length === 1 ? strings.matchOne : strings.matchMany, {
      count: hits.length,
      query: trimmed,
    });

  return (
    <>
      <SearchBox
        label={strings.label}
        action={action}
        strings={strings}
        className="mt-8"
        onSubmit={submit}
        inputProps={{ value: query, onChange: (event) => update(event.target.value) }}
      />
      <p role="status" className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
      <SearchResults
        documents={trimmed ? hits : posts}
        tagLabels={tagLabels}
        locale={locale}
        strings={strings}
      />
    </>
  );
}

/** Keep the address shareable, as the no-JS form would have made it; replace, so Back leaves. */
function keepInAddress(value: string) {
  const q = value.trim();
  window.history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
}

/**
 * The prerendered box is on screen before this island's script has run, and this island replaces
 * it: what a quick visitor typed there (and their cursor) must carry over, not vanish.
 */
function typedBeforeHydration(): { value: string; focused: boolean } | null {
  if (typeof document === 'undefined') return null;
  const box = document.getElementById(SEARCH_INPUT_ID);
  if (!(box instanceof HTMLInputElement)) return null;
  return { value: box.value, focused: document.activeElement === box };
}
