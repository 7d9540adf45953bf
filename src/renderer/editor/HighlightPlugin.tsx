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
   * A tag whose write has started, named `key` until `showSaved` or `dropPending`. Nothing is painted and the
   * page's selection stays: any paint at the key press makes Chromium render a frame before it answers the
   * write's reads, which delayed "saved" by a frame (issue 4).
   */
  startTag(key: string, start: number, end: number, label: LabelKey): void;
  /**
   * Paints the started tag in its pending style, without waiting for React: its write is taking longer than a
   * frame. The page's selection, if still over it, gives way without a report (selectionHandoff.ts).
   */
  showPending(key: string): void;
  /** The tag was committed as `span`: painted as saved at once, before the spans prop catches up; the selection gives way. */
  showSaved(key: string, span: Span): void;
  /** The tag was not saved: removed. */
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
  // Tags started and not yet saved or dropped: [start, end) in UTF-16 offsets, by key (this article's only).
  const started = useRef(new Map<string, [number, number]>());
  latest.current = { spans, selectedSpanId };

  useEffect(() => {
    if (!map) return;
    if (!painter.current) painter.current = new HighlightPainter(map);
    started.current.clear();
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

  useImperativeHandle(handle, () => {
    // Only the tag's own selection gives way: the researcher may have selected something else meanwhile.
    const giveWayOver = (start: number, end: number) => {
      const selection = map ? readSelection(map) : null;
      if (selection && selection.start === start && selection.end === end) handoff.giveWay();
    };
    return {
      scrollToSpan(spanId) {
        const range = painter.current?.rangeOf(spanId);
        const target = range?.startContainer.parentElement;
        target?.scrollIntoView({ block: 'center', behavior: 'auto' });
      },
      startTag(key, start, end, label) {
        painter.current?.startTag(key, start, end, label);
        started.current.set(key, [start, end]);
      },
      showPending(key) {
        painter.current?.showPending(key);
        const range = started.current.get(key);
        if (range) giveWayOver(...range);
      },
      showSaved(key, span) {
        painter.current?.showSaved(key, span);
        if (started.current.delete(key)) giveWayOver(span.start, span.end);
      },
      dropPending(key) {
        painter.current?.dropPending(key);
        started.current.delete(key);
      },
      readSelection() {
        return map ? readSelection(map) : null;
      },
    };
  }, [map, handoff]);
  return null;
}
