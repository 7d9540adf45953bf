import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { findSearchHits, type SearchHit } from '../../../core/search/findSearchHits';
import { parseSearchQuery } from '../../../core/search/searchQuery';

export interface DocumentMatch {
  /** UTF-16 code units into the stored text, half-open. */
  start: number;
  end: number;
}

/**
 * Search inside the open document: the same matching as the corpus search (core/search), run on its text as
 * the query is typed (deferred, so typing stays fluid on a long article). `current` is the match selected by
 * the last Next/Previous (-1 before the first); `onSelect` is asked to select it in the article.
 */
export function useDocumentSearch(text: string | null, onSelect: (match: DocumentMatch) => void) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [current, setCurrent] = useState(-1);
  const matches: readonly SearchHit[] = useMemo(
    () => (text && deferred.trim() ? findSearchHits(text, parseSearchQuery(deferred), { context: 0 }) : []),
    [text, deferred],
  );

  // A new query or another document starts over.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetting on a change of the matches is the point.
  useEffect(() => setCurrent(-1), [matches]);

  const step = useCallback(
    (by: 1 | -1) => {
      if (matches.length === 0) return;
      const next =
        current === -1
          ? by === 1
            ? 0
            : matches.length - 1
          : (current + by + matches.length) % matches.length;
      setCurrent(next);
      const match = matches[next];
      if (match) onSelect({ start: match.start, end: match.end });
    },
    [matches, current, onSelect],
  );

  return {
    query,
    setQuery,
    matches,
    current,
    /** True while the matches shown are for an older query than the one typed. */
    stale: deferred !== query,
    next: () => step(1),
    previous: () => step(-1),
  };
}
