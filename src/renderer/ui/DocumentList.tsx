import { useMemo, useState } from 'react';
import { DOCUMENT_STATUSES, type DocumentStatus, statusName } from '../../core/documentStatus';
import { DOCUMENT_ORDERS, type DocumentOrder } from '../../core/library/documentOrder';
import { searchFold } from '../../core/text/searchFold';
import type { DocumentSummary } from '../storage/annotationStore';
import { useSortedDocuments } from './useSortedDocuments';
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
  const [statusFilter, setStatusFilter] = useState<DocumentStatus | 'all'>('all');
  // Sorted before filtering: typing in the filter does not sort again.
  const [sorted, order, setOrder] = useSortedDocuments(documents);
  const shown = useMemo(() => {
    const needle = searchFold(filter.trim());
    return sorted.filter(
      (doc) =>
        (statusFilter === 'all' || (doc.status ?? 'todo') === statusFilter) &&
        (!needle || filterKey(doc).includes(needle)),
    );
  }, [sorted, filter, statusFilter]);
  const done = useMemo(() => documents.filter((doc) => doc.status === 'done').length, [documents]);
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
      <div className="document-filter-row">
        <select
          aria-label="Show documents"
          value={statusFilter}
          onChange={(event) => setStatusFilter(event.target.value as DocumentStatus | 'all')}
        >
          <option value="all">All documents</option>
          {DOCUMENT_STATUSES.map((status) => (
            <option key={status.key} value={status.key}>
              {status.name}
            </option>
          ))}
        </select>
        {(filter || statusFilter !== 'all') && (
          <span className="hint document-filter-count" aria-live="polite">
            {shown.length} of {documents.length}
          </span>
        )}
      </div>
      <label className="document-sort">
        Sort
        <select
          aria-label="Sort documents"
          value={order}
          onChange={(event) => setOrder(event.target.value as DocumentOrder)}
        >
          {DOCUMENT_ORDERS.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.name}
            </option>
          ))}
        </select>
      </label>
      <div className="library-progress">
        <progress aria-label="Documents done" max={Math.max(1, documents.length)} value={done} />
        <span className="hint">
          {done} of {documents.length} done
        </span>
      </div>
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
                  <span className="document-meta">
                    <span className={`status-chip status-${doc.status ?? 'todo'}`}>
                      {statusName(doc.status)}
                    </span>
                    {doc.source && <bdi> · {doc.source}</bdi>}
                    {doc.publishedAt && <bdi> · {doc.publishedAt}</bdi>}
                  </span>
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
