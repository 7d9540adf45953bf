/**
 * What Spanlight proposes for a span the moment it is tagged "Casualty count": the number reader's reading of
 * the span, with the sentence around it as context (so "مقتل" before "خمسة" or "killed" after "five" gives the
 * category), turned into the attributes stored on the span and marked `proposed` until the researcher edits them.
 */

import type { CasualtyReading, ReadCountOptions } from '../events/casualtyReading';
import { readCasualtyCount } from '../events/readCount';
import type { CasualtyAttributes } from './casualtyAttributes';

/** Whether text[index] ends a sentence: ! ? ؟ or a line break, or "." followed by white space or the end (not "1.5"). */
function endsSentenceAt(text: string, index: number): boolean {
  const char = text[index];
  if (char === '!' || char === '?' || char === '؟' || char === '\n') return true;
  return char === '.' && (index + 1 >= text.length || /\s/.test(text[index + 1] ?? ''));
}

/**
 * The sentence around [spanStart, spanEnd) (UTF-16 offsets): the text before the span back to the previous
 * sentence end and the text after it up to (not including) the next one. The span itself may contain a sentence
 * end; the context never crosses one outside it.
 */
export function sentenceAround(
  text: string,
  spanStart: number,
  spanEnd: number,
): { before: string; after: string } {
  let from = spanStart;
  while (from > 0 && !endsSentenceAt(text, from - 1)) from--;
  let to = spanEnd;
  while (to < text.length && !endsSentenceAt(text, to)) to++;
  return { before: text.slice(from, spanStart), after: text.slice(spanEnd, to) };
}

/** The stored attributes of a reading (its evidence and vague-rule note are the reader's, not stored). */
export function attributesFromReading(reading: CasualtyReading | null): CasualtyAttributes {
  if (!reading) return { precision: 'exact', proposed: true };
  const attributes: CasualtyAttributes = { precision: reading.precision, proposed: true };
  for (const key of ['value', 'low', 'best', 'high'] as const) {
    const figure = reading[key];
    if (figure !== undefined) attributes[key] = figure;
  }
  if (reading.category) attributes.category = reading.category;
  if (reading.victims) attributes.victims = reading.victims;
  return attributes;
}

/**
 * The proposed attributes of the span [spanStart, spanEnd) (UTF-16 code units into the stored `text`). When the
 * span states no number the proposal has no figure (precision "exact", nothing else): the researcher fills it in.
 */
export function proposeCasualtyAttributes(
  text: string,
  spanStart: number,
  spanEnd: number,
  options: ReadCountOptions = {},
): CasualtyAttributes {
  const context = sentenceAround(text, spanStart, spanEnd);
  return attributesFromReading(readCasualtyCount(text.slice(spanStart, spanEnd), context, options));
}
