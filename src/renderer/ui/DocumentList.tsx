import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../core/documentStatus';
import { DOCUMENT_ORDERS, type DocumentOrder } from '../../core/library/documentOrder';
import { searchFold } from '../../core/text/searchFold';
import { orderName, statusName } from '../i18n/names';
import { useInterfaceFormat } from '../i18n/useInterfaceFormat';
import type { DocumentSummary } from '../storage/annotationStore';
import { useSortedDocuments } from './useSortedDocuments';
import { useWindowing } from './useWindowing';

interface Props {
  documents: readonly DocumentSummary[];
  openId: string | null;
  onOpen(id: string): void;
  /** The ids the list shows, in its order, whenever a filter narrows it; null when it shows every document. */
  onShownChange?(ids: string[] | null): void;
  onDelete(document: DocumentSummary): void;
  /**
   * False while `documents` is only the top of the library (the first rows in import order, useWorkspace): the
   * rows can be opened, but counts, filters and the order wait for the whole list.
   */
  complete?: boolean;
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
export function DocumentList({ documents, openId, onOpen, onDelete, onShownChange, complete = true }: Props) {
  const { t } = useTranslation();
  const format = useInterfaceFormat();
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
  const narrowed = filter.trim() !== '' || statusFilter !== 'all';
  useEffect(() => {
    onShownChange?.(narrowed ? shown.map((doc) => doc.id) : null);
  }, [narrowed, shown, onShownChange]);
  const done = useMemo(() => documents.filter((doc) => doc.status === 'done').length, [documents]);
  const { first, last, onScroll, listStyle, rowStyle } = useWindowing(shown.length, ROW_HEIGHT);

  return (
    <div className="document-list-frame">
      <input
        type="search"
        className="document-filter"
        aria-label={t('documentList.filter')}
        placeholder={t('documentList.filter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        dir="auto"
        disabled={!complete}
      />
      <div className="document-filter-row">
        <select
          aria-label={t('documentList.show')}
          value={statusFilter}
          onChange={(event) => setStatusFilter(event.target.value as DocumentStatus | 'all')}
          disabled={!complete}
        >
          <option value="all">{t('documentList.all')}</option>
          {DOCUMENT_STATUSES.map((status) => (
            <option key={status.key} value={status.key}>
              {statusName(t, status.key)}
            </option>
          ))}
        </select>
        {(filter || statusFilter !== 'all') && (
          <span className="hint document-filter-count" aria-live="polite">
            {t('documentList.shownOf', { shown: shown.length, total: documents.length })}
          </span>
        )}
      </div>
      <label className="document-sort">
        {t('documentList.sort')}
        <select
          aria-label={t('documentList.sortDocuments')}
          value={order}
          onChange={(event) => setOrder(event.target.value as DocumentOrder)}
          disabled={!complete}
        >
          {DOCUMENT_ORDERS.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {orderName(t, choice.key)}
            </option>
          ))}
        </select>
      </label>
      {complete ? (
        <div className="library-progress">
          <progress
            aria-label={t('documentList.documentsDone')}
            max={Math.max(1, documents.length)}
            value={done}
          />
          <span className="hint">{t('documentList.doneOf', { done, total: documents.length })}</span>
        </div>
      ) : (
        <p className="library-progress hint" role="status">
          {t('documentList.readingLibrary')}
        </p>
      )}
      <div className="document-scroll" onScroll={onScroll}>
        <ul aria-label={t('library.documents')} className="document-list" style={listStyle}>
          {shown.slice(first, last).map((doc, offset) => (
            <li
              key={doc.id}
              className={doc.id === openId ? 'open' : undefined}
              // -1: the size is not known yet (ARIA), while only the first rows are listed.
              aria-setsize={complete ? shown.length : -1}
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
                      {statusName(t, doc.status)}
                    </span>
                    {/* The separators outside the isolates: they follow the interface's direction. */}
                    {doc.source && (
                      <>
                        {' · '}
                        <bdi>{doc.source}</bdi>
                      </>
                    )}
                    {doc.publishedAt && (
                      <>
                        {' · '}
                        <bdi>{doc.publishedAt}</bdi>
                      </>
                    )}
                  </span>
                </span>
                <span className="document-count">
                  <span className="visually-hidden">{t('documentList.countSeparator')}</span>
                  {format.count(doc.spanCount)}
                  <span className="visually-hidden">
                    {t('documentList.annotationsAfterCount', { count: doc.spanCount })}
                  </span>
                </span>
              </button>
              <button
                type="button"
                className="document-delete"
                aria-label={t('documentList.delete', { title: doc.title })}
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
