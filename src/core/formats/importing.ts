/**
 * What every importer shares: turning a peer's span (offsets in its unit, counted in the raw file text) into a
 * FormatAnnotation on the stored text, and collecting labels, warnings and unsupported records into an
 * ImportOutcome. Policy, the same for every format:
 * - a file that cannot be read as the format (syntax, wrong types, missing text, offsets that are not whole
 *   numbers or fall outside the text or inside a character) is refused as a whole, naming the line or record;
 * - a span whose own text does not match the document, or that is empty, is not imported: it is listed in the
 *   warnings (never guessed, never silently dropped);
 * - records Spanlight does not model (relations, events, notes…) are kept for export where the format allows it
 *   and listed in `unsupported`.
 */

import { createUnitIndex, UNIT_NAMES, type UnitIndex } from './offsetUnits';
import { type StoredTextMap, storedTextMap } from './storedText';
import type { FormatAnnotation, FormatDocument, ImportOutcome, OffsetUnit } from './types';

/** A document's raw text with its conversions, built once per document. */
export interface TextContext {
  map: StoredTextMap;
  rawUnits: UnitIndex;
}

export function textContext(raw: string): TextContext {
  return { map: storedTextMap(raw), rawUnits: createUnitIndex(raw) };
}

export type SpanResolution =
  | { ok: true; start: number; end: number; text: string }
  | { ok: false; fatal: boolean; reason: string };

/**
 * A peer span → stored UTF-16 offsets. `start`/`end` are in `unit`, counted in the raw text. Fatal failures
 * (out of range, inside a character, reversed) refuse the file; a text mismatch or an empty span is not fatal.
 * `expected` is compared with the raw slice (which is what the peer saw).
 */
export function resolveSpan(
  context: TextContext,
  start: number,
  end: number,
  unit: OffsetUnit,
  expected?: string,
): SpanResolution {
  const { map, rawUnits } = context;
  const length = rawUnits.length(unit);
  if (start > end) return { ok: false, fatal: true, reason: `start ${start} is after end ${end}` };
  if (end > length) {
    return {
      ok: false,
      fatal: true,
      reason: `offsets ${start}..${end} are outside the text (${length} ${UNIT_NAMES[unit]})`,
    };
  }
  const rawStart = rawUnits.toUtf16(start, unit);
  const rawEnd = rawUnits.toUtf16(end, unit);
  if (rawStart === null || rawEnd === null) {
    const offset = rawStart === null ? start : end;
    return {
      ok: false,
      fatal: true,
      reason: `offset ${offset} falls inside a character (${UNIT_NAMES[unit]})`,
    };
  }
  const rawSlice = map.raw.slice(rawStart, rawEnd);
  if (expected !== undefined && expected !== rawSlice) {
    return {
      ok: false,
      fatal: false,
      reason: `its text ${JSON.stringify(expected)} does not match the document at ${start}..${end} (${JSON.stringify(rawSlice)}, ${UNIT_NAMES[unit]})`,
    };
  }
  const storedStart = map.toStored(rawStart);
  const storedEnd = map.toStored(rawEnd);
  if (storedStart >= storedEnd) {
    return { ok: false, fatal: false, reason: `it is empty (${start}..${end})` };
  }
  return { ok: true, start: storedStart, end: storedEnd, text: map.stored.slice(storedStart, storedEnd) };
}

/** Accumulates an import's labels, warnings and unsupported records. */
export class ImportCollector {
  readonly labels: string[] = [];
  readonly warnings: string[] = [];
  readonly unsupported: string[] = [];
  private readonly seen = new Set<string>();
  private rawTextDocs = 0;

  label(label: string): void {
    if (!this.seen.has(label)) {
      this.seen.add(label);
      this.labels.push(label);
    }
  }

  annotation(annotation: FormatAnnotation, into: FormatAnnotation[]): void {
    this.label(annotation.label);
    into.push(annotation);
  }

  /** Records that a document's text was normalized (the original goes to meta.rawText). */
  normalized(doc: FormatDocument, context: TextContext): void {
    if (context.map.raw !== context.map.stored) {
      doc.meta = { ...doc.meta, rawText: context.map.raw };
      this.rawTextDocs++;
    }
  }

  success(
    documents: FormatDocument[],
    extra: {
      offsetUnit?: OffsetUnit;
      detached?: Extract<ImportOutcome, { ok: true }>['detached'];
      actors?: Extract<ImportOutcome, { ok: true }>['actors'];
      places?: Extract<ImportOutcome, { ok: true }>['places'];
    } = {},
  ): ImportOutcome {
    const warnings = [...this.warnings];
    if (this.rawTextDocs > 0) {
      warnings.push(
        `${plural(this.rawTextDocs, 'document')} had CRLF/CR line endings or a byte order mark: stored with LF and no BOM, offsets adjusted; the original text is kept for export to the same characters`,
      );
    }
    const outcome: ImportOutcome = {
      ok: true,
      documents,
      labels: [...this.labels],
      warnings,
      unsupported: [...this.unsupported],
    };
    if (extra.offsetUnit) outcome.offsetUnit = extra.offsetUnit;
    if (extra.detached) outcome.detached = extra.detached;
    if (extra.actors && extra.actors.length > 0) outcome.actors = extra.actors;
    if (extra.places && extra.places.length > 0) outcome.places = extra.places;
    return outcome;
  }
}

export function failure(reason: string): ImportOutcome {
  return { ok: false, reason };
}

export function plural(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** An unpaired surrogate's position in a string, or -1: such a string is not Unicode text and cannot be written as UTF-8. */
export function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}
