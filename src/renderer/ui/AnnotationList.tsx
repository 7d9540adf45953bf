import { LABELS, type LabelKey, labelByKey } from '../../core/labels';
import type { Span } from '../../core/spans/span';

interface Props {
  spans: readonly Span[];
  selectedSpanId: string | null;
  onSelect(spanId: string): void;
  onRelabel(spanId: string, label: LabelKey): void;
  onDelete(spanId: string): void;
}

/** The open document's annotations in text order, with controls for the selected one. */
export function AnnotationList({ spans, selectedSpanId, onSelect, onRelabel, onDelete }: Props) {
  const selected = spans.find((span) => span.id === selectedSpanId);
  return (
    <section className="annotations-panel" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">Annotations ({spans.length})</h2>
      {selected && (
        <fieldset className="selected-annotation" aria-label="Selected annotation">
          <span className={`label-chip label-${selected.label}`}>{labelByKey(selected.label).name}</span>{' '}
          <bdi>{selected.text}</bdi>
          <div className="selected-actions">
            {LABELS.filter((label) => label.key !== selected.label).map((label) => (
              <button
                key={label.key}
                type="button"
                aria-keyshortcuts={label.shortcut}
                onClick={() => onRelabel(selected.id, label.key)}
              >
                Relabel as {label.name}
              </button>
            ))}
            <button
              type="button"
              className="danger"
              aria-keyshortcuts="Delete"
              onClick={() => onDelete(selected.id)}
            >
              Delete annotation
            </button>
          </div>
        </fieldset>
      )}
      <ul aria-label="Annotations" className="annotation-list">
        {spans.map((span) => (
          <li key={span.id} className={span.id === selectedSpanId ? 'selected' : undefined}>
            <button
              type="button"
              aria-current={span.id === selectedSpanId ? 'true' : undefined}
              onClick={() => onSelect(span.id)}
            >
              <span className={`label-chip label-${span.label}`}>{labelByKey(span.label).name}</span>{' '}
              <bdi className="annotation-text">{span.text}</bdi>
            </button>
          </li>
        ))}
      </ul>
      {spans.length === 0 && (
        <p className="hint">Select text in the article and press 1, 2 or 3 to tag it.</p>
      )}
    </section>
  );
}
