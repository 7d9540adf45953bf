import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import type { Span } from '../../core/spans/span';
import type { ArticleDomMap } from './articleDomMap';
import { HighlightPainter } from './highlightPainter';

export interface HighlightHandle {
  /** Scrolls the article so the span is in view. */
  scrollToSpan(spanId: string): void;
}

interface Props {
  map: ArticleDomMap | null;
  spans: readonly Span[];
  selectedSpanId: string | null;
  handle?: Ref<HighlightHandle>;
}

/** Keeps the painted highlights in step with the stored spans (renders nothing). */
export function HighlightPlugin({ map, spans, selectedSpanId, handle }: Props): null {
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
    }),
    [],
  );
  return null;
}
