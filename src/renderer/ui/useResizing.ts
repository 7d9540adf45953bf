import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef } from 'react';
import { arrowIsForward, moveSpanEdge, type ResizeStep, type SpanEdge } from '../../core/spans/resizeSpan';
import { type Span, sortSpans } from '../../core/spans/span';
import { paragraphDirectionAt } from '../../core/text/paragraphDirectionAt';
import type { AnnotationStore } from '../storage/annotationStore';
import type { Say } from './useMessages';
import type { Workspace } from './useWorkspace';

interface Options {
  store: AnnotationStore;
  workspace: Workspace;
  say: Say;
  report: (error: unknown) => void;
  t: TFunction;
}

/**
 * Resizing the selected annotation (issue 8). Keys, with an annotation selected and no text selected:
 * - Shift+Alt+ArrowLeft/Right move its end, Alt+ArrowLeft/Right its start ("Shift moves the end", as
 *   Shift+arrow moves the end of a text selection), one character (grapheme) at a time;
 * - with Ctrl (Cmd on macOS) as well, one word at a time;
 * - arrows follow the paragraph on screen: in a right-to-left paragraph ArrowLeft moves forward in the text.
 * - R resizes it to the text selected in the article (a mouse drag, or Shift+arrows).
 * Steps are queued: each starts from the bounds the previous one committed, so fast presses add up.
 */
export function useResizing({ store, workspace, say, report, t }: Options) {
  const { openDoc, spans, selection, selectedSpanId, direction, chosenDirection, setSpans, setSelection } =
    workspace;
  // The latest committed spans, ahead of React's state while steps are queued.
  const latestSpans = useRef<readonly Span[]>(spans);
  latestSpans.current = spans;
  const queue = useRef<Promise<void>>(Promise.resolve());

  const commit = useCallback(
    async (spanId: string, start: number, end: number) => {
      // The spans listed are the open document's; one gone meanwhile is refused by the store as "no longer exists".
      const docId = latestSpans.current.find((span) => span.id === spanId)?.docId ?? openDoc?.id ?? '';
      const updated = await store.resizeSpan({ id: spanId, docId }, start, end);
      const next = sortSpans(latestSpans.current.map((span) => (span.id === spanId ? updated : span)));
      latestSpans.current = next;
      setSpans(next);
      say('status', t('resize.resized', { text: updated.text }));
    },
    [store, openDoc, setSpans, say, t],
  );

  const enqueue = useCallback(
    (work: () => Promise<void>) => {
      queue.current = queue.current.then(work).catch(report);
    },
    [report],
  );

  /** Moves one edge of the selected annotation one step, in reading order (`forward`: towards the text's end). */
  const moveEdge = useCallback(
    (edge: SpanEdge, forward: boolean, step: ResizeStep) => {
      if (!openDoc || !selectedSpanId) return;
      const spanId = selectedSpanId;
      enqueue(async () => {
        const span = latestSpans.current.find((candidate) => candidate.id === spanId);
        if (!span) return;
        const moved = moveSpanEdge(openDoc.text, span, edge, forward, step);
        if (!moved) {
          say('status', t(forward === (edge === 'start') ? 'resize.cannotShrink' : 'resize.cannotGrow'));
          return;
        }
        await commit(spanId, moved.start, moved.end);
      });
    },
    [openDoc, selectedSpanId, enqueue, commit, say, t],
  );

  /** Gives the selected annotation the bounds of the text selected in the article. */
  const resizeToSelection = useCallback(() => {
    if (!selectedSpanId || !selection) return;
    const { start, end } = selection;
    const spanId = selectedSpanId;
    setSelection(null);
    window.getSelection()?.removeAllRanges();
    enqueue(() => commit(spanId, start, end));
  }, [selectedSpanId, selection, setSelection, enqueue, commit]);

  const keys = useRef({
    moveEdge,
    resizeToSelection,
    openDoc,
    selection,
    selectedSpanId,
    direction,
    chosenDirection,
  });
  keys.current = {
    moveEdge,
    resizeToSelection,
    openDoc,
    selection,
    selectedSpanId,
    direction,
    chosenDirection,
  };

  useEffect(() => {
    const ignored = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      return !!target?.closest('input, textarea, select, dialog[open], [contenteditable="true"]');
    };
    // Capturing on the window: runs before the article's caret keys, which would otherwise take Alt+arrows.
    const onArrow = (event: KeyboardEvent) => {
      const current = keys.current;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      if (!event.altKey || !current.selectedSpanId || current.selection || !current.openDoc) return;
      if (event.isComposing || ignored(event)) return;
      const span = latestSpans.current.find((candidate) => candidate.id === current.selectedSpanId);
      if (!span) return;
      const edge: SpanEdge = event.shiftKey ? 'end' : 'start';
      // The paragraph of the character just inside the moving edge decides which arrow reads forward.
      const inside = edge === 'end' ? span.end - 1 : span.start;
      const rtl =
        paragraphDirectionAt(
          current.openDoc.text,
          inside,
          current.direction,
          current.chosenDirection !== null,
        ) === 'rtl';
      event.preventDefault();
      event.stopPropagation();
      const step: ResizeStep = event.ctrlKey || event.metaKey ? 'word' : 'grapheme';
      current.moveEdge(edge, arrowIsForward(event.key, rtl), step);
    };
    const onKey = (event: KeyboardEvent) => {
      const current = keys.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing)
        return;
      if (event.key.toLowerCase() !== 'r' || !current.selectedSpanId || !current.selection || ignored(event))
        return;
      event.preventDefault();
      current.resizeToSelection();
    };
    window.addEventListener('keydown', onArrow, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onArrow, true);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return { moveEdge, resizeToSelection, canResizeToSelection: !!selectedSpanId && !!selection };
}
