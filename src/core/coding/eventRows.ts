import { ACTOR_TYPES } from './actor';
import { GEO_PRECISIONS } from './place';
import type { ResolvedActor, ResolvedEvent } from './resolveEvent';

/**
 * One exported event, with columns named as close to ACLED and UCDP as the data allows:
 * ACLED actor1/inter1 → actor1/actor1_type, geo_precision 1–3, fatalities → fatalities_best;
 * UCDP low/best/high → fatalities_low/best/high, source_article → source/source_url.
 * `*_text` columns are the covered texts the values come from; `span_ids` points back to the annotations.
 * null means "not known" (an empty cell in CSV), never zero.
 */
export interface EventRow {
  event_id: string;
  document_id: string;
  document_title: string;
  /** The document's outlet, and its URL. */
  source: string | null;
  source_url: string | null;
  /** yyyy-mm-dd, yyyy-mm or yyyy. */
  date: string | null;
  event_type: string | null;
  actor1: string | null;
  /** ACLED's inter code, 1–8. */
  actor1_type: number | null;
  actor1_text: string | null;
  actor2: string | null;
  actor2_type: number | null;
  actor2_text: string | null;
  location: string | null;
  location_text: string | null;
  /** ISO 3166-1 alpha-2, and first-level division, of the linked place. */
  country: string | null;
  admin1: string | null;
  /** WGS 84 degrees. */
  latitude: number | null;
  longitude: number | null;
  /** ACLED's geo_precision: 1 exact place, 2 near, 3 region. */
  geo_precision: number | null;
  fatalities_low: number | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  fatalities_text: string | null;
  notes: string;
  /** The annotations the event was built from, in text order. */
  span_ids: string[];
}

export type EventColumn = keyof EventRow;

/** Column order of the CSV (and key order of the JSON rows). */
export const EVENT_COLUMNS: readonly EventColumn[] = [
  'event_id',
  'document_id',
  'document_title',
  'source',
  'source_url',
  'date',
  'event_type',
  'actor1',
  'actor1_type',
  'actor1_text',
  'actor2',
  'actor2_type',
  'actor2_text',
  'location',
  'location_text',
  'country',
  'admin1',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities_low',
  'fatalities_best',
  'fatalities_high',
  'fatalities_text',
  'notes',
  'span_ids',
];

export const NUMBER_COLUMNS: ReadonlySet<EventColumn> = new Set<EventColumn>([
  'actor1_type',
  'actor2_type',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities_low',
  'fatalities_best',
  'fatalities_high',
]);

/** Several covered texts in one cell (an actor named twice, two casualty counts). */
export const TEXTS_SEPARATOR = ' | ';

export function eventRow(resolved: ResolvedEvent): EventRow {
  const { event, document, place, fatalities } = resolved;
  const [actor1, actor2] = resolved.actors;
  const precision = place?.precision;
  return {
    event_id: event.id,
    document_id: document.id,
    document_title: document.title,
    source: document.source ?? null,
    source_url: document.url ?? null,
    date: event.date ?? null,
    event_type: event.eventType ?? null,
    actor1: actor1?.name ?? null,
    actor1_type: interOf(actor1),
    actor1_text: textsOf(actor1?.texts),
    actor2: actor2?.name ?? null,
    actor2_type: interOf(actor2),
    actor2_text: textsOf(actor2?.texts),
    location: place?.name ?? null,
    location_text: place?.text || null,
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geo_precision: precision ? (GEO_PRECISIONS.find((p) => p.key === precision)?.code ?? null) : null,
    fatalities_low: fatalities?.low ?? null,
    fatalities_best: fatalities?.best ?? null,
    fatalities_high: fatalities?.high ?? null,
    fatalities_text: textsOf(fatalities?.texts),
    notes: event.notes,
    span_ids: resolved.spans.map((span) => span.id),
  };
}

function interOf(actor: ResolvedActor | undefined): number | null {
  if (!actor?.type) return null;
  return ACTOR_TYPES.find((type) => type.key === actor.type)?.inter ?? null;
}

function textsOf(texts: readonly string[] | undefined): string | null {
  return texts && texts.length > 0 ? texts.join(TEXTS_SEPARATOR) : null;
}
