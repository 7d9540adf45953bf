import { useMemo, useState } from 'react';
import { searchFold } from '../../core/text/searchFold';
import type { DocumentSummary } from '../storage/annotationStore';

interface Props {
  documents: readonly DocumentSummary[];
  openId: string | null;
  onOpen(id: string): void;
  onDelete(document: DocumentSummary): void;
}

/** Row height in CSS pixels; fixed so a long list can be windowed without measuring rows. */
const ROW_HEIGHT = 52;
/** Below this many documents every row is rendered; above, only the rows in view (plus a margin). */
const WINDOWING_THRESHOLD = 200;
const OVERSCAN_ROWS = 10;

/** The library: a filter box and every document with its annotation count, windowed when long. */
export function DocumentList({ documents, openId, onOpen, onDelete }: Props) {
  const [filter, setFilter] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(800);
  // Folded keys are computed once per library change, not on every keystroke.
  const keys = useMemo(
    () => documents.map((doc) => searchFold(`${doc.title}\n${doc.source ?? ''}\n${doc.publishedAt ?? ''}`)),
    [documents],
  );
  const shown = useMemo(() => {
    const needle = searchFold(filter.trim());
    if (!needle) return documents;
    return documents.filter((_, index) => keys[index]?.includes(needle));
  }, [documents, keys, filter]);

  const windowed = shown.length > WINDOWING_THRESHOLD;
  const first = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN_ROWS) : 0;
  const last = windowed
    ? Math.min(shown.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN_ROWS)
    : shown.length;

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
      <div
        className="document-scroll"
        onScroll={(event) => {
          setScrollTop(event.currentTarget.scrollTop);
          setViewHeight(event.currentTarget.clientHeight);
        }}
      >
        <ul
          aria-label="Documents"
          className="document-list"
          style={windowed ? { height: shown.length * ROW_HEIGHT, position: 'relative' } : undefined}
        >
          {shown.slice(first, last).map((doc, offset) => (
            <li
              key={doc.id}
              className={doc.id === openId ? 'open' : undefined}
              aria-setsize={shown.length}
              aria-posinset={first + offset + 1}
              style={
                windowed
                  ? {
                      position: 'absolute',
                      top: (first + offset) * ROW_HEIGHT,
                      insetInline: 0,
                      height: ROW_HEIGHT,
                    }
                  : undefined
              }
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
