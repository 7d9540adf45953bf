import { useMemo, useState } from 'react';
import { normalizeForMatch } from '../../../core/events/matchFold';
import type { LabelKey } from '../../../core/labels';
import type { Span } from '../../../core/spans/span';

/**
 * Search within the open document's annotations: by label, by covered text (folded like every other search:
 * diacritics, hamza forms, ta marbuta, case, accents, matching anywhere in the text), and by the actor or place
 * an annotation is linked to. A chosen actor or place that no annotation links to any more (unlinked meanwhile)
 * filters nothing, rather than hiding every annotation.
 */
export function useAnnotationFilter(spans: readonly Span[]) {
  const [text, setText] = useState('');
  const [label, setLabel] = useState<LabelKey | 'all'>('all');
  const [actor, setActor] = useState<string>('all');
  const [place, setPlace] = useState<string>('all');
  const shown = useMemo(() => {
    const needle = normalizeForMatch(text).trim();
    const actorId = actor !== 'all' && spans.some((span) => span.actorId === actor) ? actor : null;
    const placeId = place !== 'all' && spans.some((span) => span.placeId === place) ? place : null;
    if (!needle && label === 'all' && !actorId && !placeId) return spans;
    return spans.filter(
      (span) =>
        (label === 'all' || span.label === label) &&
        (!actorId || span.actorId === actorId) &&
        (!placeId || span.placeId === placeId) &&
        (!needle || normalizeForMatch(span.text).includes(needle)),
    );
  }, [spans, text, label, actor, place]);
  return { text, setText, label, setLabel, actor, setActor, place, setPlace, shown, active: shown !== spans };
}
