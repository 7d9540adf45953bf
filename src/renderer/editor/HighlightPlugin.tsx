import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import type { LabelKey } from '../../core/labels';
import type { Span } from '../../core/spans/span';
import type { ArticleDomMap } from './articleDomMap';
import { HighlightPainter } from './highlightPainter';
import { type ArticleSelection, readSelection } from './SelectionPlugin';
import type { SelectionHandoff } from './selectionHandoff';

export interface HighlightHandle {
  /** Scrolls the article so the span is in view. */
  scrollToSpan(spanId: string): void;
  /**
   * Paints a tag being saved at once, in its pending style, without waiting for React (the key press → paint
   * path of issue 4). `key` names it until `showSaved` or `dropPending`. The page's selection gives way to it
   * without a report (selectionHandoff.ts): the caller clears its own selection once the tag is saved or not.
   */
  showPending(key: string, start: number, end: number, label: LabelKey): void;
  /** The pending tag was committed as `span`: painted as saved at once, before the spans prop catches up. */
  showSaved(key: string, span: Span): void;
  /** The pending tag was not saved: removed. */
  dropPending(key: string): void;
  /**
   * The page's selection in the article, read now. A key pressed just after the selection changed (Escape
   * from the search box, then 2) can come before the window has re-rendered with it; the page's is what the
   * researcher sees selected.
   */
  readSelection(): ArticleSelection | null;
}

interface Props {
  map: ArticleDomMap | null;
  spans: readonly Span[];
  selectedSpanId: string | null;
  handle?: Ref<HighlightHandle>;
  handoff: SelectionHandoff;
}

/** Keeps the painted highlights in step with the stored spans (renders nothing). */
export function HighlightPlugin({ map, spans, selectedSpanId, handle, handoff }: Props): null {
  const painter = useRef<HighlightPainter | null>(null);
  const latest = useRef({ spans, selectedSpanId });
  latest.current = { spans, selectedSpanId };

  useEffect(() => {
    if (!map) return;
    if (!painter.current) painter.current = new HighlightPainter(map);
    painter.current.reset(map, latest.current.spans, latest.current.selectedSpanId);
  }, [map]);

  useEffect(() => {
    if (map) painter.current?.sync(spans, selectedSpanId);
  }, [map, spans, selectedSpanId]);

  useEffect(
    () => () => {
      painter.current?.dispose();
      painter.current = null;
    },
    [],
  );

  useImperativeHandle(
    handle,
    () => ({
      scrollToSpan(spanId) {
        const range = painter.current?.rangeOf(spanId);
        const target = range?.startContainer.parentElement;
        target?.scrollIntoView({ block: 'center', behavior: 'auto' });
      },
      showPending(key, start, end, label) {
        painter.current?.showPending(key, start, end, label);
        handoff.giveWay();
      },
      showSaved(key, span) {
        painter.current?.showSaved(key, span);
      },
      dropPending(key) {
        painter.current?.dropPending(key);
      },
      readSelection() {
        return map ? readSelection(map) : null;
      },
    }),
    [map, handoff],
  );
  return null;
}
