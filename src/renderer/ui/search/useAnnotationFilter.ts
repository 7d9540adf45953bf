import { useMemo, useState } from 'react';
import { normalizeForMatch } from '../../../core/events/matchFold';
import type { LabelKey } from '../../../core/labels';
import type { Span } from '../../../core/spans/span';

/**
 * Search within the open document's annotations: by label and by covered text, folded like every other
 * search (diacritics, hamza forms, ta marbuta, case, accents), matching anywhere in the text.
 */
export function useAnnotationFilter(spans: readonly Span[]) {
  const [text, setText] = useState('');
  const [label, setLabel] = useState<LabelKey | 'all'>('all');
  const shown = useMemo(() => {
    const needle = normalizeForMatch(text).trim();
    if (!needle && label === 'all') return spans;
    return spans.filter(
      (span) =>
        (label === 'all' || span.label === label) &&
        (!needle || normalizeForMatch(span.text).includes(needle)),
    );
  }, [spans, text, label]);
  return { text, setText, label, setLabel, shown, active: shown !== spans };
}
