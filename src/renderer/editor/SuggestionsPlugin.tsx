import { useEffect } from 'react';
import type { ArticleDomMap } from './articleDomMap';

export const SUGGESTION_HIGHLIGHTS = {
  all: 'spanlight-suggestion',
  focused: 'spanlight-suggestion-focused',
} as const;

interface Props {
  map: ArticleDomMap | null;
  /** Suggested annotations of this document, not accepted yet: UTF-16 ranges of the stored text. */
  suggestions: readonly { id: string; start: number; end: number }[];
  /** The suggestion focused in the Suggestions list, painted more strongly. */
  focusedId?: string | null;
}

/**
 * Paints suggestions with the CSS Custom Highlight API, as a dashed underline (styles.css) in a highlight of
 * their own: visibly distinct from accepted annotations (filled), never wrapping letters in elements. There
 * are at most a few hundred, so all are registered, without the viewport bookkeeping of HighlightPainter.
 * Renders nothing.
 */
export function SuggestionsPlugin({ map, suggestions, focusedId = null }: Props): null {
  useEffect(() => {
    if (!map || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const all = new Highlight();
    const focused = new Highlight();
    all.priority = 4;
    focused.priority = 5;
    for (const suggestion of suggestions) {
      if (suggestion.end > map.text.length) continue;
      const range = map.toRange(suggestion.start, suggestion.end);
      all.add(range);
      if (suggestion.id === focusedId) focused.add(range);
    }
    CSS.highlights.set(SUGGESTION_HIGHLIGHTS.all, all);
    CSS.highlights.set(SUGGESTION_HIGHLIGHTS.focused, focused);
    return () => {
      CSS.highlights.delete(SUGGESTION_HIGHLIGHTS.all);
      CSS.highlights.delete(SUGGESTION_HIGHLIGHTS.focused);
    };
  }, [map, suggestions, focusedId]);
  return null;
}
