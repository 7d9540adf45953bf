import { useCallback, useRef, useState } from 'react';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { LibrarySearchResult } from '../../storage/searchIndex';

/** Hits shown per search: enough to browse, bounded so a very common word stays fast. */
export const LIBRARY_SEARCH_LIMIT = 200;

export interface LibrarySearchState {
  /** The query the results are for (null before the first search). */
  query: string | null;
  result: LibrarySearchResult | null;
  searching: boolean;
  /** True while documents written around the store are being indexed (see indexMissingDocuments). */
  indexing: boolean;
}

/**
 * Corpus search through the store's index. The first search of a session first indexes documents that reached
 * the database around the store (normally none: two key scans; the benchmark's seeded library: all of them),
 * so it never misses them; doing it then rather than at start keeps it out of the way of opening the app.
 * Marks `spanlight:search-start` / `spanlight:search-done` for the benchmark.
 */
export function useLibrarySearch(store: AnnotationStore, report: (error: unknown) => void) {
  const [state, setState] = useState<LibrarySearchState>({
    query: null,
    result: null,
    searching: false,
    indexing: false,
  });
  const catchUp = useRef<Promise<unknown> | null>(null);
  const latest = useRef(0);

  const search = useCallback(
    async (query: string) => {
      const serial = ++latest.current;
      performance.mark('spanlight:search-start', { detail: { query } });
      setState((current) => ({ ...current, searching: true }));
      try {
        if (!catchUp.current) {
          setState((current) => ({ ...current, indexing: true }));
          catchUp.current = store
            .indexMissingDocuments()
            .catch((error: unknown) => {
              // Tried again by the next search.
              catchUp.current = null;
              throw error;
            })
            .finally(() => setState((current) => ({ ...current, indexing: false })));
        }
        await catchUp.current;
        const result = await store.searchLibrary(query, {
          limit: LIBRARY_SEARCH_LIMIT,
          // The first hits are shown while the rest are read.
          onProgress: (partial) => {
            if (serial === latest.current) setState((current) => ({ ...current, query, result: partial }));
          },
        });
        // A slower, older search must not overwrite a newer one.
        if (serial !== latest.current) return;
        setState((current) => ({ ...current, query, result, searching: false }));
        performance.mark('spanlight:search-done', { detail: { query, hits: result.hits.length } });
      } catch (error) {
        if (serial === latest.current) setState((current) => ({ ...current, searching: false }));
        report(error);
      }
    },
    [store, report],
  );

  const clear = useCallback(() => {
    latest.current++;
    setState((current) => ({ ...current, query: null, result: null, searching: false }));
  }, []);

  return { ...state, search, clear };
}
