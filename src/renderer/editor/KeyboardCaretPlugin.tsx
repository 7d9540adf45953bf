import { useEffect, useRef } from 'react';
import {
  lineEndOf,
  lineStartOf,
  nextGraphemeBoundary,
  nextWordBoundary,
  previousGraphemeBoundary,
  previousWordBoundary,
} from '../../core/text/caretMoves';
import type { ArticleDomMap } from './articleDomMap';
import { type ArticleSelection, readSelection } from './SelectionPlugin';

export const CARET_HIGHLIGHT = 'spanlight-caret';

interface Props {
  map: ArticleDomMap | null;
  onSelectionChange(selection: ArticleSelection | null): void;
}

/**
 * Keyboard-only selection in the read-only article: with the article focused, arrow keys move a caret by
 * grapheme (Ctrl/Alt: by word) in the direction each paragraph is written, Shift extends the selection,
 * Home/End go to the paragraph's ends, Up/Down to the neighbouring paragraph. The selection is the real DOM
 * selection, so the tag toolbar and keys 1/2/3 work exactly as after a mouse drag. Renders nothing.
 */
export function KeyboardCaretPlugin({ map, onSelectionChange }: Props): null {
  const latest = useRef(onSelectionChange);
  latest.current = onSelectionChange;

  useEffect(() => {
    if (!map) return;
    const root = map.root;
    const text = map.text;
    const caretHighlight = new Highlight();
    CSS.highlights.set(CARET_HIGHLIGHT, caretHighlight);
    let anchor = 0;
    let focus = 0;

    const fromDomSelection = () => {
      const selection = window.getSelection();
      if (!selection?.anchorNode || !selection.focusNode) return false;
      const a = map.toOffset(selection.anchorNode, selection.anchorOffset);
      const f = map.toOffset(selection.focusNode, selection.focusOffset);
      if (a === null || f === null) return false;
      anchor = a;
      focus = f;
      return true;
    };

    const showCaret = () => {
      caretHighlight.clear();
      if (anchor !== focus || document.activeElement !== root) return;
      // A block over the grapheme after the caret: a collapsed selection draws nothing in read-only text.
      const end = nextGraphemeBoundary(text, focus);
      const start = end > focus ? focus : previousGraphemeBoundary(text, focus);
      if (end > start) caretHighlight.add(map.toRange(start, Math.max(end, focus)));
    };

    const apply = () => {
      const selection = window.getSelection();
      const a = map.toDomPoint(anchor);
      const f = map.toDomPoint(focus);
      selection?.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
      (f.node.nodeType === Node.TEXT_NODE ? f.node.parentElement : (f.node as Element))?.scrollIntoView({
        block: 'nearest',
      });
      showCaret();
      latest.current(anchor === focus ? null : readSelection(map));
    };

    const isRtlAt = (offset: number) => {
      const paragraph = map.paragraph(map.lineOf(offset));
      return paragraph ? getComputedStyle(paragraph).direction === 'rtl' : false;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey) return;
      const byWord = event.ctrlKey || event.altKey;
      let next: number;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowLeft': {
          const forward = (event.key === 'ArrowLeft') === isRtlAt(focus);
          if (byWord) next = forward ? nextWordBoundary(text, focus) : previousWordBoundary(text, focus);
          else next = forward ? nextGraphemeBoundary(text, focus) : previousGraphemeBoundary(text, focus);
          break;
        }
        case 'ArrowDown': {
          const end = lineEndOf(text, focus);
          next = end >= text.length ? text.length : end + 1;
          break;
        }
        case 'ArrowUp': {
          const start = lineStartOf(text, focus);
          next = start === 0 ? 0 : lineStartOf(text, start - 1);
          break;
        }
        case 'Home':
          next = lineStartOf(text, focus);
          break;
        case 'End':
          next = lineEndOf(text, focus);
          break;
        default:
          return;
      }
      event.preventDefault();
      // Lexical's own arrow-key handling must not move the selection after us.
      event.stopPropagation();
      focus = next;
      if (!event.shiftKey) anchor = focus;
      apply();
    };

    const onFocus = () => {
      if (!fromDomSelection()) {
        // Start where the reader is: the first paragraph in view.
        const top = root.getBoundingClientRect().top;
        const first = Array.from(root.children).findIndex(
          (p) => p.getBoundingClientRect().bottom > Math.max(top, 0),
        );
        anchor = focus = map.lineStarts[Math.max(0, first)] ?? 0;
      }
      showCaret();
    };
    const onBlur = () => caretHighlight.clear();
    const onMouseUp = () => {
      if (fromDomSelection()) showCaret();
    };

    // Capturing on the wrapper runs before Lexical's listener on the root itself.
    const frame = root.parentElement ?? root;
    const onFrameKeyDown = (event: KeyboardEvent) => {
      if (event.target === root) onKeyDown(event);
    };
    frame.addEventListener('keydown', onFrameKeyDown, true);
    root.addEventListener('focus', onFocus);
    root.addEventListener('blur', onBlur);
    root.addEventListener('mouseup', onMouseUp);
    return () => {
      frame.removeEventListener('keydown', onFrameKeyDown, true);
      root.removeEventListener('focus', onFocus);
      root.removeEventListener('blur', onBlur);
      root.removeEventListener('mouseup', onMouseUp);
      CSS.highlights.delete(CARET_HIGHLIGHT);
    };
  }, [map]);
  return null;
}
