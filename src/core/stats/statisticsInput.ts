import type { Actor } from '../coding/actor';
import type { Place } from '../coding/place';
import type { Span } from '../spans/span';

/** What statistics need of a document: which one it is and when it was published (as the source gave it). */
export interface StatsDocument {
  id: string;
  publishedAt?: string;
}

/** What statistics need of an annotation; offsets are not among them. */
export type StatsSpan = Pick<Span, 'docId' | 'label' | 'text'> &
  Partial<Pick<Span, 'annotator' | 'actorId' | 'placeId'>>;

/** A label as statistics show it: the built-in ones come from labels.ts; others get a neutral colour. */
export interface StatsLabel {
  key: string;
  name: string;
  color: string;
}

/** The library (or part of it) to count. The registries are optional: without them links count by text. */
export interface StatisticsInput {
  documents: readonly StatsDocument[];
  spans: readonly StatsSpan[];
  actors?: ReadonlyArray<Pick<Actor, 'id' | 'name'>>;
  places?: ReadonlyArray<Pick<Place, 'id' | 'name'>>;
}

/**
 * Ties between rows with equal counts break by name in an Arabic-aware collation (then by key, code unit
 * order) so a table never reorders between two runs. The locales are named, not taken from the machine.
 */
export const NAME_COLLATOR = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

export function byCountThenName<T extends { count: number; name: string; key: string }>(a: T, b: T): number {
  return (
    b.count - a.count || NAME_COLLATOR.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
