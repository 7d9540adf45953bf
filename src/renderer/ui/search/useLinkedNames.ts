import { useEffect, useMemo, useState } from 'react';
import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';
import { linkedNames } from '../../storage/linkedAnnotations';

export interface LinkedNames {
  actors: ReadonlyArray<{ id: string; name: string }>;
  places: ReadonlyArray<{ id: string; name: string }>;
}

const NONE: LinkedNames = { actors: [], places: [] };

/**
 * The names of the actors and places the open document's annotations link to, for the annotation filter. Read
 * again when the links change and after every write (an actor renamed in the registry shows its new name).
 */
export function useLinkedNames(
  store: AnnotationStore,
  spans: readonly Span[],
  report: (error: unknown) => void,
): LinkedNames {
  const [names, setNames] = useState<LinkedNames>(NONE);
  // The links only, so that tagging or resizing an annotation does not read the names again; worked out once
  // per list of spans, not on every render of the window (5 ms at 10,000 spans).
  const { actorKey, placeKey } = useMemo(
    () => ({
      actorKey: JSON.stringify([...new Set(spans.flatMap((span) => span.actorId ?? []))].sort()),
      placeKey: JSON.stringify([...new Set(spans.flatMap((span) => span.placeId ?? []))].sort()),
    }),
    [spans],
  );
  useEffect(() => {
    let current = true;
    const actorIds: string[] = JSON.parse(actorKey);
    const placeIds: string[] = JSON.parse(placeKey);
    const load = () => {
      linkedNames(store.db, actorIds, placeIds).then(
        // The same names again (most writes, a tag among them) keep the same value: a new one would re-render
        // the whole window, at once, in the middle of the next write (issue 4).
        (found) => current && setNames((shown) => (sameNames(shown, found) ? shown : found)),
        (error) => current && report(error),
      );
    };
    load();
    const unsubscribe = store.subscribe(load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [store, actorKey, placeKey, report]);
  return names;
}

function sameNames(a: LinkedNames, b: LinkedNames): boolean {
  const same = (x: LinkedNames['actors'], y: LinkedNames['actors']) =>
    x.length === y.length && x.every((item, i) => item.id === y[i]?.id && item.name === y[i]?.name);
  return same(a.actors, b.actors) && same(a.places, b.places);
}
