/**
 * "Tag all occurrences": every other place a tagged text appears, in one document or across the library,
 * found with the Arabic matcher (events/arabicMatch: normalization, proclitics such as و ل ب ال, quotes
 * between a proclitic and the word as in لـ"قسد"), proposed with the same label and links as the span.
 */
import { findOccurrences } from '../events/arabicMatch';
import type { Span } from '../spans/span';
import { rangesOverlap, type Suggestion, suggestionId } from './suggestion';

export interface TextOfDocument {
  readonly id: string;
  readonly text: string;
}

/** What a tagged span passes on to its other occurrences. */
export type TemplateSpan = Pick<Span, 'label' | 'text' | 'actorId' | 'placeId' | 'geoPrecision'>;

/**
 * The occurrences of `template.text` in `document` that are not annotated yet: an occurrence is left out
 * when a span covers exactly its range (whatever the label) or a span of the same label overlaps it.
 */
export function tagAllOccurrences(
  document: TextOfDocument,
  template: TemplateSpan,
  existing: readonly Pick<Span, 'start' | 'end' | 'label'>[],
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const found of findOccurrences(document.text, template.text)) {
    const taken = existing.some(
      (span) =>
        (span.start === found.start && span.end === found.end) ||
        (span.label === template.label && rangesOverlap(span, found)),
    );
    if (taken) continue;
    suggestions.push({
      id: suggestionId(document.id, found.start, found.end, template.label),
      docId: document.id,
      start: found.start,
      end: found.end,
      label: template.label,
      text: document.text.slice(found.start, found.end),
      source: 'occurrence',
      matched: template.text,
      ...(template.actorId ? { actorId: template.actorId } : {}),
      ...(template.placeId ? { placeRef: template.placeId } : {}),
      ...(template.geoPrecision ? { geoPrecision: template.geoPrecision } : {}),
    });
  }
  return suggestions;
}

/** The same across several documents (the library), each with its own existing spans. */
export function tagAllOccurrencesInLibrary(
  documents: readonly TextOfDocument[],
  template: TemplateSpan,
  existingByDocument: ReadonlyMap<string, readonly Pick<Span, 'start' | 'end' | 'label'>[]>,
): Suggestion[] {
  return documents.flatMap((document) =>
    tagAllOccurrences(document, template, existingByDocument.get(document.id) ?? []),
  );
}
