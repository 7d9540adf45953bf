import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const { matches, current, query } = search;
  let count = '';
  if (query.trim()) {
    if (matches.length === 0) count = search.stale ? '' : t('documentSearch.noMatches');
    else if (current === -1) count = t('documentSearch.matches', { count: matches.length });
    else count = t('documentSearch.currentOf', { number: current + 1, total: matches.length });
  }
  return (
    <search className="document-search" aria-label={t('documentSearch.region')}>
      <input
        type="search"
        aria-label={t('documentSearch.input')}
        aria-description={t('documentSearch.keys')}
        placeholder={t('documentSearch.input')}
        dir="auto"
        value={query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) search.previous();
            else search.next();
          } else if (event.key === 'Escape' && search.chosenMatch) {
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
        {t('documentSearch.previous')}
      </button>
      <button type="button" onClick={search.next} disabled={matches.length === 0} aria-keyshortcuts="Enter">
        {t('documentSearch.next')}
      </button>
      <span className="document-search-count" aria-live="polite">
        {count}
      </span>
    </search>
  );
}
