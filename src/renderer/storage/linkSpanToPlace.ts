import type { GeoPrecision, Place } from '../../core/coding/place';
import type { SearchablePlace } from '../../core/places/gazetteerEntry';
import type { Span } from '../../core/spans/span';
import type { AnnotationStore } from './annotationStore';
import type { SpanKey } from './spanBuckets';

/**
 * Links a place span to a place found by search (a gazetteer entry or a stored place) with a precision: the
 * place is copied into the library first (PlaceStore.ensurePlace, idempotent), then the span is linked by the
 * coding store (one undoable action). Two transactions: if the link fails, the copied place stays, unused.
 */
export async function linkSpanToPlace(
  store: AnnotationStore,
  spanKey: SpanKey,
  candidate: SearchablePlace | Place,
  precision: GeoPrecision,
): Promise<{ span: Span; place: Place }> {
  const place = await store.places.ensurePlace(candidate);
  const span = await store.coding.linkPlace(spanKey, place.id, precision);
  return { span, place };
}
