import { useEffect, useState } from 'react';
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
  // The links only, so that tagging or resizing an annotation does not read the names again.
  const actorKey = JSON.stringify([...new Set(spans.flatMap((span) => span.actorId ?? []))].sort());
  const placeKey = JSON.stringify([...new Set(spans.flatMap((span) => span.placeId ?? []))].sort());
  useEffect(() => {
    let current = true;
    const actorIds: string[] = JSON.parse(actorKey);
    const placeIds: string[] = JSON.parse(placeKey);
    const load = () => {
      linkedNames(store.db, actorIds, placeIds).then(
        (found) => current && setNames(found),
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
