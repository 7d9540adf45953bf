import { startTransition, useEffect, useRef } from 'react';
import type { Span } from '../../core/spans/span';
import { snapToGraphemes, trimWhitespaceGraphemes } from '../../core/text/graphemes';
import type { ArticleDomMap } from './articleDomMap';
import type { SelectionHandoff } from './selectionHandoff';

export interface ArticleSelection {
  /** UTF-16 offsets into the stored text, snapped outward to graphemes and trimmed of edge whitespace. */
  start: number;
  end: number;
  /** Where the selection is on screen, to place the tag toolbar. */
  rect: { top: number; bottom: number; left: number; right: number };
}

interface Props {
  map: ArticleDomMap | null;
  /** A collapse made by a tag taking the selection's place is not reported (selectionHandoff.ts). */
  handoff: SelectionHandoff;
  spans: readonly Span[];
  onSelectionChange(selection: ArticleSelection | null): void;
  onSpanClick(spanId: string | null): void;
}

/** Turns mouse/keyboard selections and clicks in the article into offsets (renders nothing). */
export function SelectionPlugin({ map, handoff, spans, onSelectionChange, onSpanClick }: Props): null {
  const latest = useRef({ spans, onSelectionChange, onSpanClick });
  latest.current = { spans, onSelectionChange, onSpanClick };

  useEffect(() => {
    if (!map) return;
    const root = map.root;
    const report = () => latest.current.onSelectionChange(readSelection(map));
    const onSelectionChanged = () => {
      const selection = window.getSelection();
      // Hide the toolbar as soon as the selection goes away; show it only when a drag or key ends. React treats
      // an update from "selectionchange" as discrete and re-renders the whole window before the next frame
      // (25–30 ms at 10,000 spans): as a transition it no longer holds back the frame that paints a new tag,
      // whose key press clears the selection (issue 4).
      if (!selection || selection.isCollapsed || !selection.rangeCount) {
        if (handoff.takeExpectedCollapse()) return;
        startTransition(() => latest.current.onSelectionChange(null));
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key.startsWith('Arrow') || event.key === 'Shift') report();
    };
    const onClick = (event: MouseEvent) => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      latest.current.onSpanClick(spanAtPoint(map, latest.current.spans, event.clientX, event.clientY));
    };
    document.addEventListener('mouseup', report);
    document.addEventListener('keyup', onKeyUp);
    document.addEventListener('selectionchange', onSelectionChanged);
    root.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('mouseup', report);
      document.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('selectionchange', onSelectionChanged);
      root.removeEventListener('click', onClick);
    };
  }, [map, handoff]);
  return null;
}

export function readSelection(map: ArticleDomMap): ArticleSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0).cloneRange();
  const root = map.root;
  if (!range.intersectsNode(root)) return null;
  // A drag that runs past the article's edge still selects up to that edge.
  if (!root.contains(range.startContainer)) range.setStart(root, 0);
  if (!root.contains(range.endContainer)) range.setEnd(root, root.childNodes.length);
  const rawStart = map.toOffset(range.startContainer, range.startOffset);
  const rawEnd = map.toOffset(range.endContainer, range.endOffset);
  if (rawStart === null || rawEnd === null) return null;
  const snapped = snapToGraphemes(map.text, rawStart, rawEnd);
  const { start, end } = trimWhitespaceGraphemes(map.text, snapped.start, snapped.end);
  if (start >= end) return null;
  const box = range.getBoundingClientRect();
  return { start, end, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } };
}

/** The innermost span drawn under a screen point, or null. */
export function spanAtPoint(map: ArticleDomMap, spans: readonly Span[], x: number, y: number): string | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  const offset = map.toOffset(caret.node, caret.offset);
  if (offset === null) return null;
  // The caret sits between two characters; either may be the one clicked, so test the drawn boxes.
  const hits = spans
    .filter((span) => span.start <= offset + 1 && span.end >= offset - 1)
    .filter((span) => {
      for (const box of map.toRange(span.start, span.end).getClientRects()) {
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
      }
      return false;
    })
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  return hits[0]?.id ?? null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
