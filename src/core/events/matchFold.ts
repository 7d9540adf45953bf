/**
 * The matching fold, with a map back to the original text.
 *
 * Matching ("tag all occurrences", registry and gazetteer look-ups, the number reader's word lists) compares
 * folded text, but what it reports must be offsets into the text as stored. So the fold is done one code point
 * at a time and every UTF-16 code unit of the folded text remembers the code point it came from: a folded range
 * maps back to an original range exactly, however many marks, tatweels or invisible controls were dropped.
 *
 * Per code point, the fold is `searchFold` (hamza seats on alef, alef wasla, ta marbuta → ha, alef maqsura → ya,
 * diacritics and tatweel dropped, Latin lower-cased without accents), extended with:
 * - ؤ and ئ → ء (the bare hamza). Writers alternate between the two seats (مسؤول / مسئول, شؤون / شئون), so
 *   folding both to one letter makes them meet. searchFold instead drops the hamza with NFD (ؤ → و, ئ → ي),
 *   which keeps مسؤول and مسئول apart; the library filter keeps that behaviour, matching uses this one. The
 *   decomposed spellings (و or ي followed by U+0654 hamza above) fold the same as the precomposed letters.
 * - Persian keh and farsi yeh (ک ی), typed on Persian keyboards, → Arabic ك ي.
 * - Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits → 0-9, so ٣٤ and 34 are the same number.
 * - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, found in text copied out of PDFs) → their letters.
 * - invisible format controls (LRM, RLM, ALM, ZWJ, ZWNJ, bidi embeddings and isolates, soft hyphen, BOM) dropped.
 * - optionally, every run of white space (line breaks and no-break spaces included) → one space, so a phrase
 *   matches across a line break.
 */
import { searchFold } from '../text/searchFold';

const INVISIBLE = /^[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/;
const WHITE_SPACE = /^\s$/;
const PRESENTATION_FORM = /^[\uFB50-\uFDFF\uFE70-\uFEFF]$/;

const EXTRA_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ؤ', 'ء'],
  ['ئ', 'ء'],
  ['ک', 'ك'],
  ['ی', 'ي'],
  ...[...'٠١٢٣٤٥٦٧٨٩'].map((digit, value): [string, string] => [digit, String(value)]),
  ...[...'۰۱۲۳۴۵۶۷۸۹'].map((digit, value): [string, string] => [digit, String(value)]),
]);

const foldCache = new Map<string, string>();

/** The fold of one code point (white space excluded: the caller decides about runs). */
function foldCodePoint(codePoint: string): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded: string;
  if (INVISIBLE.test(codePoint)) folded = '';
  else if (EXTRA_FOLDS.has(codePoint)) folded = EXTRA_FOLDS.get(codePoint) ?? '';
  else if (PRESENTATION_FORM.test(codePoint) && codePoint.normalize('NFKC') !== codePoint) {
    // Isolated harakat (U+FE70…) decompose to a space + a mark: that space is not text, drop it.
    folded = [...codePoint.normalize('NFKC').trim()]
      .map((part) => (WHITE_SPACE.test(part) ? ' ' : foldCodePoint(part)))
      .join('');
  } else folded = searchFold(codePoint);
  foldCache.set(codePoint, folded);
  return folded;
}

/**
 * Folded text and, for each of its UTF-16 code units, the half-open range (UTF-16 code units) of the original
 * code point(s) it came from. `sourceStart.length === sourceEnd.length === folded.length`.
 */
export interface FoldedText {
  readonly original: string;
  readonly folded: string;
  readonly sourceStart: readonly number[];
  readonly sourceEnd: readonly number[];
}

export interface FoldOptions {
  /** Turn every run of white space into one space (default false: white space is kept as it is). */
  readonly collapseWhitespace?: boolean;
}

/**
 * The fold of each BMP code unit, filled in as met: this lookup is the inner loop of every import (search terms,
 * casualty figures), where a Map keyed by one-letter strings cost a string per letter.
 */
const foldByUnit: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
/** Per BMP code unit: 0 not looked at yet, 1 white space (and not an invisible control), 2 neither. */
const whiteByUnit = new Uint8Array(0x10000);

function unitFold(unit: number, codePoint: string): string {
  let folded = foldByUnit[unit];
  if (folded === undefined) {
    folded = foldCodePoint(codePoint);
    foldByUnit[unit] = folded;
  }
  return folded;
}

/** Per BMP code unit, whether it folds to itself: UNKNOWN until looked at; a surrogate is NOT_KEPT. */
const UNKNOWN = 0;
const KEPT = 1;
/** Folds to itself and is white space: kept unless white space runs are collapsed. */
const KEPT_WHITE = 2;
const NOT_KEPT = 3;
const keptByUnit = new Uint8Array(0x10000);

function classifyUnit(unit: number): number {
  const char = String.fromCharCode(unit);
  let kept = NOT_KEPT;
  if (!HIGH_SURROGATE(unit) && !LOW_SURROGATE(unit) && unitFold(unit, char) === char) {
    kept = isWhiteUnit(unit, char) ? KEPT_WHITE : KEPT;
  }
  keptByUnit[unit] = kept;
  return kept;
}

function isWhiteUnit(unit: number, codePoint: string): boolean {
  let white = whiteByUnit[unit];
  if (white === 0) {
    white = WHITE_SPACE.test(codePoint) && !INVISIBLE.test(codePoint) ? 1 : 2;
    whiteByUnit[unit] = white;
  }
  return white === 1;
}

const HIGH_SURROGATE = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const LOW_SURROGATE = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
/** و ي ى: followed by U+0654 they are canonically ؤ ئ ئ. */
const TAKES_HAMZA_ABOVE = (unit: number) => unit === 0x648 || unit === 0x64a || unit === 0x649;

export function foldWithOffsets(original: string, options: FoldOptions = {}): FoldedText {
  // The folded text as code units, made a string at the end: appending to a string one letter at a time
  // allocates a piece per letter.
  const units: number[] = [];
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  foldPieces(
    original,
    options,
    (piece, start, end) => {
      for (let at = 0; at < piece.length; at++) {
        units.push(piece.charCodeAt(at));
        sourceStart.push(start);
        sourceEnd.push(end);
      }
    },
    (start, end) => {
      for (let at = start; at < end; at++) {
        units.push(original.charCodeAt(at));
        sourceStart.push(at);
        sourceEnd.push(at + 1);
      }
    },
  );
  return { original, folded: stringOfUnits(units), sourceStart, sourceEnd };
}

/**
 * The folded text alone (`foldWithOffsets(original, options).folded`), for callers that need no way back: the
 * search index folds every text an import brings, and recording two offsets per letter was a third of that fold.
 */
export function foldText(original: string, options: FoldOptions = {}): string {
  // Pieces and kept runs joined as strings: most of a text is kept runs, copied whole.
  let folded = '';
  foldPieces(
    original,
    options,
    (piece) => {
      folded += piece;
    },
    (start, end) => {
      folded += original.slice(start, end);
    },
  );
  return folded;
}

/**
 * Whether the fold (white space kept) joins the last code unit of `left` with the first of `right`: و/ي/ى with a
 * hamza above after it, the two halves of a surrogate pair. Only then does `foldText(left + right)` differ from
 * `foldText(left) + foldText(right)`: the fold is otherwise one code point at a time.
 */
export function foldJoins(left: string, right: string): boolean {
  if (left === '' || right === '') return false;
  const last = left.charCodeAt(left.length - 1);
  const first = right.charCodeAt(0);
  return (TAKES_HAMZA_ABOVE(last) && first === 0x654) || (HIGH_SURROGATE(last) && LOW_SURROGATE(first));
}

/**
 * The fold, one piece at a time: `emit` gets each code point's fold with the range (UTF-16 code units) of the
 * original it comes from; `keep` gets each run [start, end) of code units that fold to themselves, each its own
 * code point (most of any text: in news articles, runs of a few words between an ة, an أ or a capital).
 */
function foldPieces(
  original: string,
  options: FoldOptions,
  emit: (piece: string, start: number, end: number) => void,
  keep: (start: number, end: number) => void,
): void {
  const collapse = options.collapseWhitespace === true;
  const length = original.length;
  // The fold of the code point at `at` (UTF-16), and where it ends; a lone surrogate is a code point of its own.
  let end = 0;
  const foldAt = (at: number): string => {
    const unit = original.charCodeAt(at);
    if (HIGH_SURROGATE(unit) && at + 1 < length && LOW_SURROGATE(original.charCodeAt(at + 1))) {
      end = at + 2;
      return foldCodePoint(original.slice(at, at + 2));
    }
    end = at + 1;
    return unitFold(unit, original.charAt(at));
  };
  // White space is always one BMP code unit.
  const whiteAt = (at: number): boolean => {
    const unit = original.charCodeAt(at);
    return !HIGH_SURROGATE(unit) && isWhiteUnit(unit, original.charAt(at));
  };
  // A code unit is kept as it is when it folds to itself (KEPT, or KEPT_WHITE unless white space is collapsed),
  // except و/ي/ى with a hamza above after it (folded together, below).
  const keptWhite = collapse ? KEPT : KEPT_WHITE;
  let index = 0;
  while (index < length) {
    let keptEnd = index;
    while (keptEnd < length) {
      const unit = original.charCodeAt(keptEnd);
      let kept = keptByUnit[unit] as number;
      if (kept === UNKNOWN) kept = classifyUnit(unit);
      if (kept !== KEPT && kept !== keptWhite) break;
      if (TAKES_HAMZA_ABOVE(unit) && original.charCodeAt(keptEnd + 1) === 0x654) break;
      keptEnd++;
    }
    if (keptEnd > index) {
      keep(index, keptEnd);
      index = keptEnd;
      continue;
    }
    if (collapse && whiteAt(index)) {
      // The run goes on over everything the fold drops (invisible controls, stray marks, tatweel): " \u200E "
      // is one run, not two spaces.
      let runEnd = index + 1;
      while (runEnd < length) {
        const white = whiteAt(runEnd);
        // foldAt also finds where the code point ends.
        if (foldAt(runEnd) !== '' && !white) break;
        runEnd = end;
      }
      emit(' ', index, runEnd);
      index = runEnd;
      continue;
    }
    const unit = original.charCodeAt(index);
    if (TAKES_HAMZA_ABOVE(unit) && original.charCodeAt(index + 1) === 0x654) {
      // و + U+0654 is canonically ؤ, ي + U+0654 is ئ: fold them as the precomposed letters.
      emit('ء', index, index + 2);
      index += 2;
      continue;
    }
    const piece = foldAt(index);
    emit(piece, index, end);
    index = end;
  }
}

function stringOfUnits(units: readonly number[]): string {
  let text = '';
  // fromCharCode takes its units as arguments: a few thousand at a time stays far below the engines' limits.
  for (let at = 0; at < units.length; at += 4096) {
    text += String.fromCharCode(...units.slice(at, at + 4096));
  }
  return text;
}

/** The matching key of a text: the fold above with white space runs collapsed to one space. */
export function normalizeForMatch(text: string): string {
  return foldText(text, { collapseWhitespace: true });
}

const COMBINING_MARK = /^\p{M}$/u;

/**
 * The original range (UTF-16 code units, half-open) of a non-empty folded range. The end is extended over
 * combining marks that follow in the original (they were dropped by the fold but belong to the last letter:
 * "قسدٌ" → the range covers the tanween too), so a range never separates a letter from its marks.
 */
export function toOriginalRange(
  text: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = text.sourceStart[start] ?? text.original.length;
  let originalEnd = text.sourceEnd[end - 1] ?? originalStart;
  while (originalEnd < text.original.length) {
    const next = String.fromCodePoint(text.original.codePointAt(originalEnd) ?? 0);
    if (!COMBINING_MARK.test(next)) break;
    originalEnd += next.length;
  }
  return { start: originalStart, end: originalEnd };
}

/** True when folded offset `index` is not inside the expansion of one original code point (ﻻ → لا). */
export function isSourceBoundary(text: FoldedText, index: number): boolean {
  if (index <= 0 || index >= text.folded.length) return true;
  return text.sourceStart[index - 1] !== text.sourceStart[index];
}

/** The first folded offset whose source starts at or after an original offset (folded length if none). */
export function foldedOffsetAt(text: FoldedText, originalOffset: number): number {
  let low = 0;
  let high = text.sourceStart.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((text.sourceStart[middle] ?? 0) < originalOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}
