import { useEffect, useRef } from 'react';
import type { ArticleDomMap } from './articleDomMap';
import { type ArticleSelection, readSelection } from './SelectionPlugin';

/**
 * A request to select a range of the article from outside it (a search hit chosen in a list, the next match
 * of the in-document search). `serial` makes choosing the same hit twice select it again.
 */
export interface SelectionRequest {
  docId: string;
  /** UTF-16 code units into the stored text, half-open. */
  start: number;
  end: number;
  serial: number;
  /** Move the keyboard focus to the article, so 1/2/3 tag the selection and Shift+arrows adjust it. */
  focusArticle?: boolean;
}

interface Props {
  map: ArticleDomMap | null;
  docId: string;
  request: SelectionRequest | null;
  onSelectionChange(selection: ArticleSelection | null): void;
}

/**
 * Carries out a selection request once the requested document's article is in the DOM: the range becomes the
 * real DOM selection (so tagging works exactly as after a mouse drag), is scrolled into the middle of the
 * view, and is reported like any other selection. Renders nothing.
 */
export function RangeSelectionPlugin({ map, docId, request, onSelectionChange }: Props): null {
  const latest = useRef(onSelectionChange);
  latest.current = onSelectionChange;
  const done = useRef<number | null>(null);

  useEffect(() => {
    if (!map || !request || request.docId !== docId || done.current === request.serial) return;
    if (request.end > map.text.length || request.start >= request.end) return;
    done.current = request.serial;
    const range = map.toRange(request.start, request.end);
    const target = range.startContainer.parentElement ?? map.root;
    target.scrollIntoView({ block: 'center', behavior: 'auto' });
    const selection = window.getSelection();
    selection?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    if (request.focusArticle) {
      // The keyboard caret takes the DOM selection as its start when the article gains focus: focus again
      // if it already had it.
      if (document.activeElement === map.root) map.root.blur();
      map.root.focus({ preventScroll: true });
    }
    latest.current(readSelection(map));
  }, [map, docId, request]);
  return null;
}
