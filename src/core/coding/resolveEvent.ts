import type { SpanlightDocument } from '../document';
import { normalizeForMatch } from '../events/matchFold';
import { type Span, sortSpans } from '../spans/span';
import type { Actor, ActorType } from './actor';
import { figuresOfSpan } from './casualtyFigures';
import { invalidEventDateReason, invalidFatalitiesReason } from './eventFields';
import type { EventRecord } from './eventRecord';
import type { GeoPrecision, Place } from './place';

/** The document an event belongs to; with its text, casualty spans without attributes are read in context. */
export type EventDocument = Pick<SpanlightDocument, 'id' | 'title' | 'source' | 'url' | 'publishedAt'> & {
  text?: string;
};

/** Where an event's references are looked up: its document, spans, the actor registry and the places. */
export interface EventSources {
  document: EventDocument;
  spanById(id: string): Span | undefined;
  actorById(id: string): Actor | undefined;
  placeById(id: string): Place | undefined;
}

export interface ResolvedActor {
  /** The registry actor's name, or the span's text when the span is linked to no actor. */
  name: string;
  type?: ActorType;
  actorId?: string;
  /** The covered texts naming this actor in the event, in text order. */
  texts: string[];
}

export interface ResolvedPlace {
  /** The linked place's name, or the span's text when it is linked to none. */
  name: string;
  text: string;
  placeId?: string;
  latitude?: number;
  longitude?: number;
  country?: string;
  admin1?: string;
  precision?: GeoPrecision;
}

export interface ResolvedFatalities {
  low: number;
  best: number;
  high: number;
  /** The casualty spans counted, as covered text (empty when overridden by the researcher). */
  texts: string[];
  overridden: boolean;
}

/** Something a researcher should look at before exporting; 'error' is a stored value that is not valid. */
export interface EventProblem {
  severity: 'error' | 'warning';
  message: string;
}

export interface ResolvedEvent {
  event: EventRecord;
  document: EventDocument;
  /** The event's spans that still exist, in text order. */
  spans: Span[];
  /** Distinct actors in text order (actor 1 and 2 first when the event names them). */
  actors: ResolvedActor[];
  place?: ResolvedPlace;
  fatalities?: ResolvedFatalities;
  problems: EventProblem[];
}

/**
 * Reads an event against its spans. Derived, not stored, so that linking a span to an actor or a place, or
 * correcting a figure, shows in the event at once:
 * - actors: the actor spans in text order, one entry per distinct actor (same registry actor, or same folded
 *   text when unlinked); the event's `actor1`/`actor2` (registry ids) take the first places when set;
 * - place: the event's `placeId` when set, otherwise the first place span (its linked place when it has one);
 *   precision: the event's, else the span's;
 * - fatalities: the event's override when set, otherwise the sum of the figures (low, best, high separately)
 *   of its casualty spans whose category is "killed" (UCDP's best estimate adds deaths of every side the same
 *   way). Injured, detained, missing and displaced figures are not fatalities; a span with no category is not
 *   counted and said so. No killed figure at all leaves fatalities empty (not 0: nothing was reported).
 */
export function resolveEvent(event: EventRecord, sources: EventSources): ResolvedEvent {
  const problems: EventProblem[] = [];
  const present = event.spanIds.map((id) => sources.spanById(id)).filter((span): span is Span => !!span);
  const missing = event.spanIds.length - present.length;
  if (missing > 0)
    problems.push({
      severity: 'warning',
      message: `${missing} annotation${missing === 1 ? ' of this event no longer exists' : 's of this event no longer exist'}.`,
    });
  const spans = sortSpans(present);

  const actors = resolveActors(event, spans, sources);
  if (actors.length === 0) problems.push({ severity: 'warning', message: 'No actor.' });
  if (actors.length > 2)
    problems.push({
      severity: 'warning',
      message: `More than two actors (${actors.map((a) => a.name).join(', ')}): only the first two are exported.`,
    });

  const place = resolvePlace(event, spans, sources, problems);
  const fatalities = resolveFatalities(event, spans, sources.document.text, problems);

  if (!event.date) problems.push({ severity: 'warning', message: 'No date.' });
  else {
    const reason = invalidEventDateReason(event.date);
    if (reason) problems.push({ severity: 'error', message: `${reason}.` });
  }
  const result: ResolvedEvent = { event, document: sources.document, spans, actors, problems };
  if (place) result.place = place;
  if (fatalities) result.fatalities = fatalities;
  return result;
}

function resolveActors(event: EventRecord, spans: readonly Span[], sources: EventSources): ResolvedActor[] {
  const byKey = new Map<string, ResolvedActor>();
  const fromRegistry = (actorId: string): ResolvedActor => {
    const actor = sources.actorById(actorId);
    const entry: ResolvedActor = { name: actor?.name ?? actorId, actorId, texts: [] };
    if (actor?.type) entry.type = actor.type;
    return entry;
  };
  // The event's own choice first, so they become actor 1 and actor 2.
  for (const actorId of [event.actor1, event.actor2]) {
    if (actorId && !byKey.has(`id:${actorId}`)) byKey.set(`id:${actorId}`, fromRegistry(actorId));
  }
  for (const span of spans) {
    if (span.label !== 'actor') continue;
    const linked = span.actorId && sources.actorById(span.actorId) ? span.actorId : undefined;
    const key = linked ? `id:${linked}` : `text:${normalizeForMatch(span.text)}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = linked ? fromRegistry(linked) : { name: span.text, texts: [] };
      byKey.set(key, entry);
    }
    entry.texts.push(span.text);
  }
  return [...byKey.values()];
}

function resolvePlace(
  event: EventRecord,
  spans: readonly Span[],
  sources: EventSources,
  problems: EventProblem[],
): ResolvedPlace | undefined {
  const placeSpans = spans.filter((span) => span.label === 'place');
  const distinct = new Set(placeSpans.map((span) => span.placeId ?? `text:${normalizeForMatch(span.text)}`));
  const first = placeSpans[0];
  const placeId = event.placeId ?? first?.placeId;
  if (!placeId && !first) {
    problems.push({ severity: 'warning', message: 'No place.' });
    return undefined;
  }
  if (!event.placeId && distinct.size > 1)
    problems.push({
      severity: 'warning',
      message: `Several places: the first, “${first?.text}”, is exported.`,
    });
  const place = placeId ? sources.placeById(placeId) : undefined;
  const spanOfPlace = placeSpans.find((span) => span.placeId === placeId) ?? first;
  const resolved: ResolvedPlace = {
    name: place?.name ?? spanOfPlace?.text ?? '',
    text: spanOfPlace?.text ?? '',
  };
  if (place) {
    resolved.placeId = place.id;
    resolved.latitude = place.latitude;
    resolved.longitude = place.longitude;
    if (place.country) resolved.country = place.country;
    if (place.admin1) resolved.admin1 = place.admin1;
  } else {
    problems.push({
      severity: 'warning',
      message: `“${resolved.name}” is not linked to a place with coordinates: latitude and longitude stay empty.`,
    });
  }
  const precision = event.geoPrecision ?? spanOfPlace?.geoPrecision;
  if (precision) resolved.precision = precision;
  return resolved;
}

function resolveFatalities(
  event: EventRecord,
  spans: readonly Span[],
  documentText: string | undefined,
  problems: EventProblem[],
): ResolvedFatalities | undefined {
  if (event.fatalities) {
    const reason = invalidFatalitiesReason(event.fatalities);
    if (reason) problems.push({ severity: 'error', message: `${reason}.` });
    return { ...event.fatalities, texts: [], overridden: true };
  }
  let sum: ResolvedFatalities | undefined;
  for (const span of spans) {
    if (span.label !== 'casualty_count') continue;
    const figures = figuresOfSpan(span, documentText);
    if (!figures) {
      problems.push({ severity: 'warning', message: `“${span.text}” states no figure.` });
      continue;
    }
    if (!figures.category) {
      problems.push({
        severity: 'warning',
        message: `“${span.text}” has no category (killed, injured…): not counted as fatalities.`,
      });
      continue;
    }
    if (figures.category !== 'killed') continue;
    sum ??= { low: 0, best: 0, high: 0, texts: [], overridden: false };
    sum.low += figures.low;
    sum.best += figures.best;
    sum.high += figures.high;
    sum.texts.push(span.text);
  }
  if (sum && sum.texts.length > 1)
    problems.push({
      severity: 'warning',
      message: `${sum.texts.length} killed figures are added up: check that they count different people.`,
    });
  return sum;
}
