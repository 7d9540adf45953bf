import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { findSearchHits, type SearchHit } from '../../../core/search/findSearchHits';
import { parseSearchQuery } from '../../../core/search/searchQuery';

export interface DocumentMatch {
  /** UTF-16 code units into the stored text, half-open. */
  start: number;
  end: number;
}

/** The match chosen by Next/Previous, with the query and text it was chosen in. */
interface Position {
  index: number;
  match: DocumentMatch;
  query: string;
  text: string | null;
}

/**
 * Search inside the open document: the same matching as the corpus search (core/search), run on its text as
 * the query is typed (deferred, so typing stays fluid on a long article). `current` is the match selected by
 * the last Next/Previous (-1 before the first); `onSelect` is asked to select it in the article.
 *
 * Enter does not wait for the deferred matches: typed then Enter at once (a busy machine, a fast typist)
 * selects the first match of what was typed, not nothing.
 */
export function useDocumentSearch(text: string | null, onSelect: (match: DocumentMatch) => void) {
  const [query, setQueryNow] = useState('');
  const deferred = useDeferredValue(query);
  const [position, setPosition] = useState<Position | null>(null);
  // The last matches found, so Enter's own search and the deferred one are not run twice on a long article.
  const found = useRef<{ text: string | null; query: string; hits: readonly SearchHit[] } | null>(null);
  const matchesOf = useCallback(
    (wanted: string): readonly SearchHit[] => {
      const last = found.current;
      if (last && last.text === text && last.query === wanted) return last.hits;
      const hits =
        text && wanted.trim() ? findSearchHits(text, parseSearchQuery(wanted), { context: 0 }) : [];
      found.current = { text, query: wanted, hits };
      return hits;
    },
    [text],
  );
  const matches = useMemo(() => matchesOf(deferred), [matchesOf, deferred]);

  // A new query or another document starts over: a position counts only in the query and text it was chosen in.
  const validIn = (wanted: string) =>
    position?.query === wanted && position.text === text ? position : null;
  const chosenIn = (wanted: string) => validIn(wanted)?.index ?? -1;
  const setQuery = useCallback((next: string) => {
    setQueryNow(next);
    setPosition(null);
  }, []);

  const step = (by: 1 | -1) => {
    const live = matchesOf(query);
    if (live.length === 0) return;
    const from = chosenIn(query);
    const next = from === -1 ? (by === 1 ? 0 : live.length - 1) : (from + by + live.length) % live.length;
    const hit = live[next];
    if (!hit) return;
    const match = { start: hit.start, end: hit.end };
    setPosition({ index: next, match, query, text });
    onSelect(match);
  };

  return {
    query,
    setQuery,
    matches,
    /** Which of `matches` is selected, -1 for none (or while they are for an older query). */
    current: chosenIn(deferred),
    /** True while the matches shown are for an older query than the one typed. */
    stale: deferred !== query,
    /** The match selected for the query as typed, even before `matches` has caught up with it. */
    chosenMatch: validIn(query)?.match ?? null,
    next: () => step(1),
    previous: () => step(-1),
  };
}
