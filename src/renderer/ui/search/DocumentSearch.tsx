import type { useDocumentSearch } from './useDocumentSearch';
import './search.css';

interface Props {
  search: ReturnType<typeof useDocumentSearch>;
  /** Escape: move the keyboard focus to the article, keeping the selected match, so 1/2/3 tag it. */
  onLeave(): void;
}

/**
 * "Search in document": Enter selects the next match, Shift+Enter the previous one (also the two buttons);
 * the count says which match is selected out of how many.
 */
export function DocumentSearch({ search, onLeave }: Props) {
  const { matches, current, query } = search;
  let count = '';
  if (query.trim()) {
    if (matches.length === 0) count = search.stale ? '' : 'No matches';
    else if (current === -1) count = `${matches.length} match${matches.length === 1 ? '' : 'es'}`;
    else count = `${current + 1} of ${matches.length}`;
  }
  return (
    <search className="document-search" aria-label="Find in this document">
      <input
        type="search"
        aria-label="Search in document"
        aria-description="Enter: next match; Shift+Enter: previous match; Escape: back to the article to tag the match."
        placeholder="Search in document"
        dir="auto"
        value={query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) search.previous();
            else search.next();
          } else if (event.key === 'Escape' && current !== -1) {
            event.preventDefault();
            onLeave();
          }
        }}
      />
      <button
        type="button"
        onClick={search.previous}
        disabled={matches.length === 0}
        aria-keyshortcuts="Shift+Enter"
      >
        Previous match
      </button>
      <button type="button" onClick={search.next} disabled={matches.length === 0} aria-keyshortcuts="Enter">
        Next match
      </button>
      <span className="document-search-count" aria-live="polite">
        {count}
      </span>
    </search>
  );
}
