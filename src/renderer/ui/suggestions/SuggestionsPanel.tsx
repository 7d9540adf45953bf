import type { TFunction } from 'i18next';
import { type KeyboardEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../../core/spans/span';
import type { Suggestion } from '../../../core/suggestions/suggestion';
import { labelName } from '../../i18n/names';
import { useInterfaceFormat } from '../../i18n/useInterfaceFormat';
import './suggestions.css';

interface Props {
  /** Every pending suggestion (this document's and, after a library-wide search, other documents'). */
  suggestions: readonly Suggestion[];
  openDocId: string | null;
  /** Titles of other documents, to say where their suggestions are. */
  titles: ReadonlyMap<string, string>;
  /** The selected annotation, whose other occurrences "Tag all occurrences" looks for. */
  selectedSpan: Span | undefined;
  busy: boolean;
  focusedId: string | null;
  /** Open shows the list; closed, the region is one line ("Suggestions (3)") and the article still shows them. */
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  onFocus(id: string | null): void;
  onTagAll(span: Span, scope: 'document' | 'library'): void;
  onPreAnnotate(): void;
  onAccept(ids: readonly string[]): void;
  onReject(ids: readonly string[]): void;
}

function reason(t: TFunction, suggestion: Suggestion): string {
  const matched = suggestion.matched;
  if (suggestion.source === 'occurrence') return t('suggestions.occurrence', { matched });
  if (suggestion.source === 'actor') return t('suggestions.actor', { matched });
  return t('suggestions.place', { matched });
}

/**
 * The region "Suggestions": suggested annotations, each with Accept and Reject, and Accept all / Reject all.
 * Keys on a focused suggestion: A accepts, R rejects, arrow keys move between suggestions. Folded by default to
 * one line with the count, so the annotation list keeps its room; asking for suggestions unfolds it.
 */
export function SuggestionsPanel(props: Props) {
  const { t } = useTranslation();
  const format = useInterfaceFormat();
  const { suggestions, selectedSpan, busy } = props;
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const ids = suggestions.map((suggestion) => suggestion.id);

  const focusItem = (index: number) => {
    const items = list.current?.querySelectorAll<HTMLElement>('li[data-suggestion]');
    if (!items || items.length === 0) return;
    items[Math.max(0, Math.min(index, items.length - 1))]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, id: string) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'a' || key === 'r') {
      event.preventDefault();
      event.stopPropagation();
      if (key === 'a') props.onAccept([id]);
      else props.onReject([id]);
      // The next suggestion takes the place of this one once it is gone.
      requestAnimationFrame(() => focusItem(index));
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusItem(index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };

  return (
    <section className="suggestions-panel" aria-labelledby={headingId}>
      <details
        open={props.expanded}
        onToggle={(event) => {
          const open = event.currentTarget.open;
          if (open !== props.expanded) props.onExpandedChange(open);
        }}
      >
        <summary>
          <h2 id={headingId}>{t('suggestions.heading')}</h2>{' '}
          <span className="suggestion-count">({format.count(suggestions.length)})</span>
        </summary>
        <div className="suggestion-actions">
          <button
            type="button"
            disabled={!selectedSpan || busy}
            onClick={() => selectedSpan && props.onTagAll(selectedSpan, 'document')}
            title={
              selectedSpan
                ? t('suggestions.tagAllTitle', { text: selectedSpan.text })
                : t('suggestions.selectFirst')
            }
          >
            {t('suggestions.tagAll')}
          </button>
          <button
            type="button"
            disabled={!selectedSpan || busy}
            onClick={() => selectedSpan && props.onTagAll(selectedSpan, 'library')}
          >
            {t('suggestions.tagAllInLibrary')}
          </button>
          <button type="button" disabled={!props.openDocId || busy} onClick={props.onPreAnnotate}>
            {t('suggestions.suggestNames')}
          </button>
        </div>
        {suggestions.length === 0 ? (
          <p className="hint-inline">{t('suggestions.none')}</p>
        ) : (
          <>
            <div className="suggestion-actions">
              <button type="button" disabled={busy} onClick={() => props.onAccept(ids)}>
                {t('suggestions.acceptAll')}
              </button>
              <button type="button" disabled={busy} onClick={() => props.onReject(ids)}>
                {t('suggestions.rejectAll')}
              </button>
            </div>
            <ul ref={list} className="suggestion-list" aria-label={t('suggestions.pending')} aria-busy={busy}>
              {suggestions.map((suggestion, index) => {
                const label = labelName(t, suggestion.label);
                const elsewhere =
                  suggestion.docId !== props.openDocId
                    ? t('suggestions.elsewhere', {
                        title: props.titles.get(suggestion.docId) ?? t('suggestions.anotherDocument'),
                      })
                    : '';
                return (
                  <li
                    key={suggestion.id}
                    data-suggestion={suggestion.id}
                    // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable entry is the keyboard path to A and R.
                    tabIndex={0}
                    aria-label={t('suggestions.item', { text: suggestion.text, label, elsewhere })}
                    aria-current={props.focusedId === suggestion.id ? 'true' : undefined}
                    onFocus={() => props.onFocus(suggestion.id)}
                    onBlur={() => props.onFocus(null)}
                    onKeyDown={(event) => onKeyDown(event, index, suggestion.id)}
                  >
                    <span className={`label-chip label-${suggestion.label}`}>{label}</span>{' '}
                    <bdi className="suggestion-text" id={`${headingId}-${index}`}>
                      {suggestion.text}
                    </bdi>
                    <span className="suggestion-reason">
                      {reason(t, suggestion)}
                      {elsewhere}
                    </span>
                    <span className="suggestion-buttons">
                      <button
                        type="button"
                        disabled={busy}
                        aria-describedby={`${headingId}-${index}`}
                        onClick={() => props.onAccept([suggestion.id])}
                      >
                        {t('suggestions.accept')}
                      </button>
                      <button
                        type="button"
                        disabled={busy}
                        aria-describedby={`${headingId}-${index}`}
                        onClick={() => props.onReject([suggestion.id])}
                      >
                        {t('suggestions.reject')}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </details>
    </section>
  );
}
