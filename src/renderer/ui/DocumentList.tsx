import type { DocumentSummary } from '../storage/annotationStore';

interface Props {
  documents: readonly DocumentSummary[];
  openId: string | null;
  onOpen(id: string): void;
  onDelete(document: DocumentSummary): void;
}

/** The library: every document with its annotation count. */
export function DocumentList({ documents, openId, onOpen, onDelete }: Props) {
  return (
    <ul aria-label="Documents" className="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className={doc.id === openId ? 'open' : undefined}>
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
  );
}
