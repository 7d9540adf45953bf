import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { jumpTarget } from '../../core/spans/jumpTarget';
import type { Span } from '../../core/spans/span';
import type { ArticleSelection } from '../editor/ArticleView';
import { labelName } from '../i18n/names';
import type { Say } from './useMessages';

interface Options {
  /** The open document's annotations, in text order (by UTF-16 start, then end). */
  spans: readonly Span[];
  selectedSpanId: string | null;
  /** The text selection or caret stretch in the article (UTF-16 offsets), where a jump starts when no annotation is selected. */
  selection: ArticleSelection | null;
  selectSpan(spanId: string, scroll: boolean): void;
  say: Say;
  t: TFunction;
}

/**
 * Alt+↓ / Alt+↑ jump to the next / previous annotation in text order, from anywhere outside a form field:
 * it is selected (so 1/2/3 relabel it, Delete deletes it, Alt+←/→ resize it), scrolled into view and announced
 * with its position ("Annotation 3 of 14"). Capturing on the window: the article's caret keys would otherwise
 * take Alt+↓ as "next paragraph".
 */
export function useAnnotationJumps(options: Options): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog[open], [contenteditable="true"]')) return;
      const { spans, selectedSpanId, selection, selectSpan, say, t } = latest.current;
      event.preventDefault();
      event.stopPropagation();
      const direction = event.key === 'ArrowDown' ? 'next' : 'previous';
      const span = jumpTarget(spans, selectedSpanId, selection?.start ?? null, direction);
      if (!span) {
        say('status', t('annotating.noneToJumpTo'));
        return;
      }
      window.getSelection()?.removeAllRanges();
      selectSpan(span.id, true);
      say(
        'status',
        t('annotating.jumped', {
          position: spans.indexOf(span) + 1,
          count: spans.length,
          label: labelName(t, span.label),
          text: span.text,
        }),
      );
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
