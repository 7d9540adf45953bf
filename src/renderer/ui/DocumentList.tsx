import { useMemo, useState } from 'react';
import { searchFold } from '../../core/text/searchFold';
import type { DocumentSummary } from '../storage/annotationStore';
import { useWindowing } from './useWindowing';

interface Props {
  documents: readonly DocumentSummary[];
  openId: string | null;
  onOpen(id: string): void;
  onDelete(document: DocumentSummary): void;
}

/** Row height in CSS pixels; fixed so a long list can be windowed without measuring rows. */
const ROW_HEIGHT = 52;

/** Folded filter keys, kept per summary object: a tag replaces one summary, so only that key is redone. */
const filterKeys = new WeakMap<DocumentSummary, string>();
function filterKey(doc: DocumentSummary): string {
  let key = filterKeys.get(doc);
  if (key === undefined) {
    key = searchFold(`${doc.title}\n${doc.source ?? ''}\n${doc.publishedAt ?? ''}`);
    filterKeys.set(doc, key);
  }
  return key;
}

/** The library: a filter box and every document with its annotation count, windowed when long. */
export function DocumentList({ documents, openId, onOpen, onDelete }: Props) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = searchFold(filter.trim());
    if (!needle) return documents;
    return documents.filter((doc) => filterKey(doc).includes(needle));
  }, [documents, filter]);
  const { first, last, onScroll, listStyle, rowStyle } = useWindowing(shown.length, ROW_HEIGHT);

  return (
    <div className="document-list-frame">
      <input
        type="search"
        className="document-filter"
        aria-label="Filter documents"
        placeholder="Filter documents"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        dir="auto"
      />
      {filter && (
        <p className="hint document-filter-count" aria-live="polite">
          {shown.length} of {documents.length}
        </p>
      )}
      <div className="document-scroll" onScroll={onScroll}>
        <ul aria-label="Documents" className="document-list" style={listStyle}>
          {shown.slice(first, last).map((doc, offset) => (
            <li
              key={doc.id}
              className={doc.id === openId ? 'open' : undefined}
              aria-setsize={shown.length}
              aria-posinset={first + offset + 1}
              style={rowStyle(first + offset)}
            >
              <button
                type="button"
                className="document-open"
                aria-current={doc.id === openId ? 'page' : undefined}
                onClick={() => onOpen(doc.id)}
              >
                <span className="document-heading">
                  <bdi className="document-title">{doc.title}</bdi>
                  {(doc.source || doc.publishedAt) && (
                    <span className="document-meta">
                      {doc.source && <bdi>{doc.source}</bdi>}
                      {doc.source && doc.publishedAt && ' · '}
                      {doc.publishedAt && <bdi>{doc.publishedAt}</bdi>}
                    </span>
                  )}
                </span>
                <span className="document-count">
                  <span className="visually-hidden">, </span>
                  {doc.spanCount}
                  <span className="visually-hidden"> annotations</span>
                </span>
              </button>
              <button
                type="button"
                className="document-delete"
                aria-label={`Delete ${doc.title}`}
                onClick={() => onDelete(doc)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
