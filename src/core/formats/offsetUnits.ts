/**
 * Offsets in a peer's unit ↔ UTF-16 code units of the same string. Python tools (brat, doccano, Prodigy, Label
 * Studio since 2022) count code points; older JavaScript front ends counted UTF-16 code units; some standoff tools
 * count UTF-8 bytes. The three agree on ASCII and differ after the first non-ASCII (bytes) or astral (UTF-16)
 * character, which is where a wrong guess shows: the slice stops matching the span's text.
 */
import { createCodePointIndex } from '../offsets/codePoints';
import type { OffsetUnit } from './types';

export interface UnitIndex {
  /** The text's length in that unit. */
  length(unit: OffsetUnit): number;
  /** An offset in `unit` → UTF-16, or null when it is out of range or falls inside a character. */
  toUtf16(offset: number, unit: OffsetUnit): number | null;
  /** A UTF-16 offset (on a character boundary) → `unit`. */
  fromUtf16(offset: number, unit: OffsetUnit): number;
}

export function createUnitIndex(text: string): UnitIndex {
  const codePoints = createCodePointIndex(text);
  // Built on first use: most files never need bytes.
  let utf8Before: Int32Array | null = null;
  const bytes = (): Int32Array => {
    if (utf8Before) return utf8Before;
    const table = new Int32Array(text.length + 1);
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      table[i] = total;
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        // A pair: 4 bytes. The offset between its halves is no boundary; giving it the pair's start keeps the
        // table ascending, so the search below lands on the pair's start or end, never inside.
        table[i + 1] = total;
        total += 4;
        i++;
        continue;
      }
      // Lone surrogates are written as U+FFFD (3 bytes) by every UTF-8 encoder.
      total += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    table[text.length] = total;
    utf8Before = table;
    return table;
  };
  const insidePair = (offset: number): boolean => {
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  };
  return {
    length(unit) {
      if (unit === 'utf16') return text.length;
      if (unit === 'code-point') return codePoints.codePointLength;
      return bytes()[text.length] as number;
    },
    toUtf16(offset, unit) {
      if (!Number.isInteger(offset) || offset < 0) return null;
      if (unit === 'utf16') return offset <= text.length && !insidePair(offset) ? offset : null;
      if (unit === 'code-point') {
        return offset <= codePoints.codePointLength ? codePoints.toUtf16(offset) : null;
      }
      const table = bytes();
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((table[mid] as number) < offset) lo = mid + 1;
        else hi = mid;
      }
      return table[lo] === offset && !insidePair(lo) ? lo : null;
    },
    fromUtf16(offset, unit) {
      if (unit === 'utf16') return offset;
      if (unit === 'code-point') return codePoints.toCodePoint(offset);
      return bytes()[offset] as number;
    },
  };
}

export const UNIT_NAMES: Record<OffsetUnit, string> = {
  'code-point': 'Unicode code points',
  utf16: 'UTF-16 code units',
  'utf8-byte': 'UTF-8 bytes',
};

/** A span as a file gives it: offsets in some unit, and its text when the file has one. */
export interface RawSpan {
  start: number;
  end: number;
  text?: string;
}

/**
 * Which unit a file's offsets are in, judged on all its spans at once (a file is written by one tool, in one
 * unit). Candidates are tried in order; the first is the tool's documented unit. With span texts, a unit scores
 * one per span whose slice equals its text. Without texts, a unit scores one per span whose slice is in range,
 * does not start or end inside a word (letters/digits on both sides of a boundary) and has no leading or trailing
 * space: a span shifted by a surrogate pair cuts words. Only the texts where the units differ are looked at
 * (code points and UTF-16 differ only after astral characters, bytes after any non-ASCII one), so an ASCII file
 * keeps the documented unit without a warning. The documented unit wins ties.
 */
export function detectOffsetUnit(
  items: ReadonlyArray<{ text: string; spans: readonly RawSpan[] }>,
  candidates: readonly OffsetUnit[],
): { unit: OffsetUnit; decided: boolean; scores: Partial<Record<OffsetUnit, number>> } {
  const scores: Partial<Record<OffsetUnit, number>> = {};
  for (const unit of candidates) scores[unit] = 0;
  let evidence = false;
  for (const { text, spans } of items) {
    if (spans.length === 0) continue;
    const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
    const nonAscii = /[^\u0000-\u007F]/.test(text);
    const differs = candidates.some((unit) => (unit === 'utf8-byte' ? nonAscii : unit === 'utf16' && astral));
    if (!differs) continue;
    evidence = true;
    const index = createUnitIndex(text);
    for (const unit of candidates) {
      let score = 0;
      for (const span of spans) {
        const start = index.toUtf16(span.start, unit);
        const end = index.toUtf16(span.end, unit);
        if (start === null || end === null || start > end) continue;
        const slice = text.slice(start, end);
        if (span.text !== undefined) {
          if (slice === span.text) score++;
        } else if (plausibleSpan(text, start, end)) score++;
      }
      scores[unit] = (scores[unit] as number) + score;
    }
  }
  const first = candidates[0] as OffsetUnit;
  if (!evidence) return { unit: first, decided: false, scores };
  let best = first;
  for (const unit of candidates) if ((scores[unit] as number) > (scores[best] as number)) best = unit;
  return { unit: best, decided: true, scores };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function plausibleSpan(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const slice = text.slice(start, end);
  if (slice.trim() !== slice) return false;
  const cutsWord = (offset: number) =>
    offset > 0 &&
    offset < text.length &&
    WORD_CHAR.test(charBefore(text, offset)) &&
    WORD_CHAR.test(charAt(text, offset));
  return !cutsWord(start) && !cutsWord(end);
}

function charAt(text: string, offset: number): string {
  return String.fromCodePoint(text.codePointAt(offset) ?? 0);
}

function charBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return text.slice(offset - 2, offset);
  return text.slice(offset - 1, offset);
}
