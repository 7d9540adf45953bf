import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryHit } from '../../storage/searchIndex';
import { HitSnippet } from './HitSnippet';
import type { useLibrarySearch } from './useLibrarySearch';
import './search.css';

interface Props {
  search: ReturnType<typeof useLibrarySearch>;
  /** Open the hit's document with the hit selected. */
  onChoose(hit: LibraryHit): void;
}

/**
 * "Search library": Enter runs the search (Arabic-aware, see core/search); the hits are listed with their
 * document's title and context. A hit is a button: click or Enter opens the document at the hit, selected.
 * Escape in the box clears the results.
 */
export function LibrarySearch({ search, onChoose }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const { result, searching, indexing, query } = search;
  const documents = result ? new Set(result.hits.map((hit) => hit.docId)).size : 0;
  return (
    <section className="library-search" aria-label={t('librarySearch.region')} aria-busy={searching}>
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (input.trim()) void search.search(input);
            else search.clear();
          }}
        >
          <input
            type="search"
            className="document-filter"
            aria-label={t('librarySearch.input')}
            aria-description={t('librarySearch.keys')}
            placeholder={t('librarySearch.placeholder')}
            dir="auto"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && result) {
                event.preventDefault();
                search.clear();
              }
            }}
          />
        </form>
      </search>
      <p className="search-summary" aria-live="polite">
        {indexing
          ? t('librarySearch.indexing')
          : searching
            ? result?.hits.length
              ? t('librarySearch.searchingSoFar', { count: result.hits.length })
              : t('librarySearch.searching')
            : result && query !== null
              ? summary(t, result.hits.length, documents, result.truncated)
              : ''}
      </p>
      {result && result.hits.length > 0 && (
        <ul className="search-results" aria-label={t('librarySearch.results')}>
          {result.hits.map((hit) => (
            <li key={`${hit.docId}:${hit.start}:${hit.end}`}>
              <button type="button" onClick={() => onChoose(hit)}>
                <span className="hit-title" dir="auto">
                  {hit.title}
                </span>
                <HitSnippet snippet={hit.snippet} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function summary(t: TFunction, hits: number, documents: number, truncated: boolean): string {
  if (hits === 0) return t('librarySearch.noHits');
  const inDocuments = t('librarySearch.inDocuments', { count: documents });
  return t(truncated ? 'librarySearch.firstHits' : 'librarySearch.hits', { count: hits, inDocuments });
}
