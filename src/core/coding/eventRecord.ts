import type { GeoPrecision } from './place';

/**
 * An event coded from spans of one document, shaped after ACLED/UCDP rows: who (actor 1 and 2, ids of the
 * actor registry), where (a place id and the precision), when (an ISO date), how many (fatalities low/best/high,
 * derived from the casualty spans unless overridden), and back-references to every span it was built from.
 *
 * Only what the researcher decides is stored; the rest is read from the spans whenever the event is shown or
 * exported (resolveEvent.ts), so coding a span later (linking it to an actor or a place, correcting its figure)
 * reaches its events. `actor1`/`actor2`/`placeId`/`geoPrecision`/`fatalities` are overrides: absent, they come
 * from the actor spans in text order, the first place span, and the killed figures of the casualty spans.
 */
export interface EventRecord {
  id: string;
  docId: string;
  /** The spans this event was built from (actors, place, casualty counts), in text order. */
  spanIds: string[];
  actor1?: string;
  actor2?: string;
  placeId?: string;
  geoPrecision?: GeoPrecision;
  /** yyyy-mm-dd (or yyyy-mm / yyyy when the article says no more). */
  date?: string;
  eventType?: string;
  /** Set when the researcher overrides the figures read from the casualty spans. */
  fatalities?: { low: number; best: number; high: number };
  notes: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}
