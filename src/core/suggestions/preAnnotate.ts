/**
 * Pre-annotation of a newly opened document: every name of the actor registry and every place name of the
 * gazetteer (and of the library's own places) found in the text, with the Arabic matcher. Longer names win
 * ("ريف الرقة" over the "الرقة" inside it, "قوات سوريا الديمقراطية" over "سوريا"), suggestions never overlap one
 * another nor an existing span, and names that are also everyday words are left out (SearchablePlace.ambiguous).
 */
import type { Actor } from '../coding/actor';
import { findOccurrences } from '../events/arabicMatch';
import type { LabelKey } from '../labels';
import type { SearchablePlace } from '../places/gazetteerEntry';
import type { Span } from '../spans/span';
import { rangesOverlap, type Suggestion, suggestionId } from './suggestion';
import type { TextOfDocument } from './tagAllOccurrences';

/** One name to look for and what a match becomes. */
export interface LexiconEntry {
  readonly phrase: string;
  readonly label: LabelKey;
  readonly source: 'actor' | 'place';
  readonly actorId?: string;
  readonly placeRef?: string;
}

/** Names shorter than this (folded letters) are too likely to be part of something else. */
const MIN_PHRASE_LENGTH = 2;

export function actorLexicon(actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[]): LexiconEntry[] {
  return actors.flatMap((actor) =>
    [actor.name, ...actor.aliases].map((phrase) => ({
      phrase,
      label: 'actor' as const,
      source: 'actor' as const,
      actorId: actor.id,
    })),
  );
}

/**
 * Place names to look for: callers pass the places worth scanning for (the hand-made Arabic names — see
 * places/arabicNamedPlaces —, the library's own places), not the 135,000 Latin-named cities; ambiguous
 * places are skipped.
 */
export function placeLexicon(
  places: readonly Pick<SearchablePlace, 'id' | 'name' | 'names' | 'ambiguous'>[],
): LexiconEntry[] {
  return places
    .filter((place) => !place.ambiguous)
    .flatMap((place) =>
      [place.name, ...place.names].map((phrase) => ({
        phrase,
        label: 'place' as const,
        source: 'place' as const,
        placeRef: place.id,
      })),
    );
}

export function preAnnotate(
  document: TextOfDocument,
  lexicon: readonly LexiconEntry[],
  existing: readonly Pick<Span, 'start' | 'end'>[],
): Suggestion[] {
  const candidates: Array<Suggestion & { readonly length: number }> = [];
  const seenPhrases = new Set<string>();
  for (const entry of lexicon) {
    const phrase = entry.phrase.trim();
    const dedupe = `${entry.label}\u0000${phrase}\u0000${entry.actorId ?? entry.placeRef ?? ''}`;
    if ([...phrase].length < MIN_PHRASE_LENGTH || seenPhrases.has(dedupe)) continue;
    seenPhrases.add(dedupe);
    for (const found of findOccurrences(document.text, phrase)) {
      candidates.push({
        id: suggestionId(document.id, found.start, found.end, entry.label),
        docId: document.id,
        start: found.start,
        end: found.end,
        label: entry.label,
        text: document.text.slice(found.start, found.end),
        source: entry.source,
        matched: phrase,
        length: found.end - found.start,
        ...(entry.actorId ? { actorId: entry.actorId } : {}),
        ...(entry.placeRef ? { placeRef: entry.placeRef } : {}),
      });
    }
  }
  // Longest first; at equal length, actors before places, then text order: the first fitting one is kept.
  candidates.sort(
    (a, b) =>
      b.length - a.length || (a.source === b.source ? 0 : a.source === 'actor' ? -1 : 1) || a.start - b.start,
  );
  const kept: Suggestion[] = [];
  for (const { length: _length, ...candidate } of candidates) {
    if (existing.some((span) => rangesOverlap(span, candidate))) continue;
    if (kept.some((other) => rangesOverlap(other, candidate))) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Latin place names found in the gazetteer (places/findPlaceMentions) as suggestions, leaving out those that
 * overlap an existing span or a suggestion already made (`taken`, e.g. preAnnotate's).
 */
export function placeMentionSuggestions(
  document: TextOfDocument,
  mentions: readonly { start: number; end: number; place: Pick<SearchablePlace, 'id' | 'name'> }[],
  existing: readonly Pick<Span, 'start' | 'end'>[],
  taken: readonly Pick<Suggestion, 'start' | 'end'>[],
): Suggestion[] {
  return mentions
    .filter((mention) => !existing.some((span) => rangesOverlap(span, mention)))
    .filter((mention) => !taken.some((other) => rangesOverlap(other, mention)))
    .map((mention) => ({
      id: suggestionId(document.id, mention.start, mention.end, 'place'),
      docId: document.id,
      start: mention.start,
      end: mention.end,
      label: 'place' as const,
      text: document.text.slice(mention.start, mention.end),
      source: 'place' as const,
      matched: mention.place.name,
      placeRef: mention.place.id,
    }));
}
