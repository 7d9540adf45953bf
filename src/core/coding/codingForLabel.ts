/**
 * Which coding fields a span carries follows from its label: attributes on a casualty count, an actor link on an
 * actor, a place link (and its precision) on a place. Tagging or relabelling a span goes through here, so a
 * casualty count always has its (proposed) attributes — an exported casualty span always carries them — and a
 * relabelled span never keeps a link that no longer fits it.
 */
import type { Span } from '../spans/span';
import type { CasualtyAttributes } from './casualtyAttributes';
import { proposeCasualtyAttributes } from './proposeCasualtyAttributes';

/** Proposes a casualty count's attributes for [start, end) (UTF-16 code units into `text`). */
export type CasualtyProposer = (text: string, start: number, end: number) => CasualtyAttributes;

/**
 * `span` (with its label already set) keeping only the coding fields its label allows; a casualty count without
 * attributes gets the proposal read from `text`, the document's stored text (span offsets are UTF-16 into it).
 */
export function withCodingForLabel(
  span: Span,
  text: string,
  // An import reads its proposals ahead, off the main thread (storage/importPreparation.ts): the same function's
  // results, looked up.
  propose: CasualtyProposer = proposeCasualtyAttributes,
): Span {
  const { attributes, actorId, placeId, geoPrecision, ...rest } = span;
  const result: Span = { ...rest };
  if (span.label === 'casualty_count') {
    result.attributes = attributes ?? propose(text, span.start, span.end);
  }
  if (span.label === 'actor' && actorId !== undefined) result.actorId = actorId;
  if (span.label === 'place') {
    if (placeId !== undefined) result.placeId = placeId;
    if (geoPrecision !== undefined) result.geoPrecision = geoPrecision;
  }
  return result;
}
