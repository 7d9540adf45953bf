import type { GeoPrecision } from '../../../core/coding/place';
import { handPlacedPlaces } from '../../../core/places/arabicPlaceNames';
import type { SearchablePlace } from '../../../core/places/gazetteerEntry';
import type { Span } from '../../../core/spans/span';
import type { Suggestion } from '../../../core/suggestions/suggestion';
import { gazetteer } from '../../places/gazetteer';
import type { AnnotationStore } from '../../storage/annotationStore';
import { linkSpanToPlace } from '../../storage/linkSpanToPlace';

/** Regions are coded as such: a governorate or a country is never an "exact place". */
function defaultPrecision(place: Pick<SearchablePlace, 'featureCode'>): GeoPrecision {
  return place.featureCode === 'ADM1' || place.featureCode === 'PCLI' ? 'region' : 'exact';
}

/** The gazetteer entry a suggestion names: hand-placed names at once, GeoNames cities from the worker. */
async function gazetteerPlace(ref: string): Promise<SearchablePlace | undefined> {
  if (ref.startsWith('alias:')) return handPlacedPlaces().find((place) => place.id === ref);
  return (await gazetteer().places([ref]))[0];
}

/** Accepting, step 1: the span, added like a tag by hand (undoable). Quick: shown at once. */
export function addSuggestedSpan(
  store: AnnotationStore,
  suggestion: Suggestion,
  annotator: string,
): Promise<Span> {
  return store.addSpan(suggestion.docId, suggestion.start, suggestion.end, suggestion.label, annotator);
}

/**
 * Accepting, step 2: the span linked to the actor or place that suggested it (its own undoable action). A GeoNames
 * place may have to wait for the gazetteer to load. Resolves to the span unchanged when there is nothing to link;
 * rejects when the link cannot be made (the actor was deleted, the gazetteer cannot load): the span then stays an
 * ordinary, unlinked annotation.
 */
export async function linkSuggestedSpan(
  store: AnnotationStore,
  span: Span,
  suggestion: Suggestion,
): Promise<Span> {
  if (suggestion.label === 'actor' && suggestion.actorId) {
    return store.coding.linkActor(span, suggestion.actorId);
  }
  if (suggestion.label !== 'place' || !suggestion.placeRef) return span;
  const stored = await store.places.getPlace(suggestion.placeRef);
  if (stored) return store.coding.linkPlace(span, stored.id, suggestion.geoPrecision ?? 'exact');
  const place = await gazetteerPlace(suggestion.placeRef);
  if (!place) return span;
  const precision = suggestion.geoPrecision ?? defaultPrecision(place);
  return (await linkSpanToPlace(store, span, place, precision)).span;
}
