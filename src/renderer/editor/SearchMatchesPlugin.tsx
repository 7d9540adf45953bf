import { useEffect } from 'react';
import type { ArticleDomMap } from './articleDomMap';

export const SEARCH_MATCH_HIGHLIGHT = 'spanlight-search-match';

interface Props {
  map: ArticleDomMap | null;
  /** The in-document search's matches: UTF-16 ranges of the stored text. */
  matches: readonly { start: number; end: number }[];
}

/**
 * Paints the in-document search's matches with the CSS Custom Highlight API: like the annotation highlights,
 * it never wraps letters in elements (which would break Arabic joining). Renders nothing.
 */
export function SearchMatchesPlugin({ map, matches }: Props): null {
  useEffect(() => {
    if (!map || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const highlight = new Highlight();
    for (const match of matches) {
      if (match.end <= map.text.length) highlight.add(map.toRange(match.start, match.end));
    }
    CSS.highlights.set(SEARCH_MATCH_HIGHLIGHT, highlight);
    return () => {
      CSS.highlights.delete(SEARCH_MATCH_HIGHLIGHT);
    };
  }, [map, matches]);
  return null;
}
