import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelKey } from '../../core/labels';
import type { Span } from '../../core/spans/span';
import { labelName } from '../i18n/names';
import { useLabels } from './projects/LabelsContext';
import { AnnotationFilter } from './search/AnnotationFilter';
import { useAnnotationFilter } from './search/useAnnotationFilter';
import type { LinkedNames } from './search/useLinkedNames';
import { type EntryFocusRequest, useEntryFocus } from './useEntryFocus';
import { useWindowing } from './useWindowing';

const ROW_HEIGHT = 40;

interface Props {
  spans: readonly Span[];
  selectedSpanId: string | null;
  onSelect(spanId: string): void;
  onRelabel(spanId: string, label: LabelKey): void;
  onDelete(spanId: string): void;
  /** Shown under the selected annotation's controls: the "Annotation details" panel (ui/coding). */
  details?: ReactNode;
  /** The actors and places the annotations link to, for the filter (useLinkedNames). */
  linked?: LinkedNames;
  /** Moves the keyboard focus to this annotation's entry (after "Find annotations" opened it). */
  focusRequest?: EntryFocusRequest | null;
}

/** The open document's annotations in text order, with controls for the selected one. */
export function AnnotationList({
  spans,
  selectedSpanId,
  onSelect,
  onRelabel,
  onDelete,
  details,
  linked,
  focusRequest,
}: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const selected = spans.find((span) => span.id === selectedSpanId);
  const filter = useAnnotationFilter(spans);
  const shown = filter.shown;
  const { first, last, onScroll, listStyle, rowStyle } = useWindowing(shown.length, ROW_HEIGHT);
  const scroller = useRef<HTMLDivElement>(null);
  const selectedControls = useRef<HTMLFieldSetElement>(null);
  useEntryFocus(
    focusRequest,
    shown.map((span) => span.id),
    scroller,
    selectedControls,
    ROW_HEIGHT,
  );
  return (
    <section className="annotations-panel" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">{t('annotationList.heading', { count: spans.length })}</h2>
      {selected && (
        <fieldset
          ref={selectedControls}
          className="selected-annotation"
          aria-label={t('annotationList.selected')}
          tabIndex={-1}
        >
          <span className={`label-chip label-${selected.label}`}>{labelName(t, selected.label)}</span>{' '}
          <bdi>{selected.text}</bdi>
          <div className="selected-actions">
            {labels
              .filter((label) => label.key !== selected.label)
              .map((label) => (
                <button
                  key={label.key}
                  type="button"
                  aria-keyshortcuts={label.shortcut || undefined}
                  onClick={() => onRelabel(selected.id, label.key)}
                >
                  {t('annotationList.relabelAs', { label: labelName(t, label.key) })}
                </button>
              ))}
            <button
              type="button"
              className="danger"
              aria-keyshortcuts="Delete"
              onClick={() => onDelete(selected.id)}
            >
              {t('annotationList.delete')}
            </button>
          </div>
        </fieldset>
      )}
      {details}
      {spans.length > 0 && <AnnotationFilter filter={filter} {...(linked ? { linked } : {})} />}
      {filter.active && (
        <p className="hint" aria-live="polite">
          {t('annotationList.shownOf', { shown: shown.length, total: spans.length })}
        </p>
      )}
      <div className="annotation-scroll" onScroll={onScroll} ref={scroller}>
        <ul aria-label={t('annotationList.list')} className="annotation-list" style={listStyle}>
          {shown.slice(first, last).map((span, offset) => (
            <li
              key={span.id}
              className={span.id === selectedSpanId ? 'selected' : undefined}
              aria-setsize={shown.length}
              aria-posinset={first + offset + 1}
              style={rowStyle(first + offset)}
            >
              <button
                type="button"
                aria-current={span.id === selectedSpanId ? 'true' : undefined}
                data-span-id={span.id}
                onClick={() => onSelect(span.id)}
              >
                <span className={`label-chip label-${span.label}`}>{labelName(t, span.label)}</span>{' '}
                <bdi className="annotation-text">{span.text}</bdi>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {spans.length === 0 && (
        <p className="hint">
          {t('annotationList.tagHint', {
            // The current project's keys ("1, 2, 3 or 4"; in Arabic "1 أو 2 أو 3"), as the keyboard has them.
            keys: new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(
              labels.map((label) => label.shortcut).filter((key) => key !== ''),
            ),
          })}
        </p>
      )}
    </section>
  );
}
