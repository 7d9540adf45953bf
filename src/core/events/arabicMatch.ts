/**
 * Finding every occurrence of a phrase in an article the way an Arabic reader would: "قسد" is found in
 * “قسد”, (قسد), لـ"قسد", وقسد and قـسد, but not inside a longer word; "الحسكة" in بالحسكة and والحسكة. The
 * reported offsets cover the phrase only — never the attached proclitic, the tatweel after it, or the quote
 * marks — so an accepted suggestion is the same span a researcher would select by hand.
 *
 * Offsets are UTF-16 code units, half-open, into the ORIGINAL text (the stored text, unfolded).
 */
import { type ProcliticForm, procliticForm } from './clitics';
import {
  type FoldedText,
  foldWithOffsets,
  isSourceBoundary,
  normalizeForMatch,
  toOriginalRange,
} from './matchFold';

export { type ProcliticForm, procliticSplits, stripClitics } from './clitics';
export { type FoldedText, foldWithOffsets, normalizeForMatch, toOriginalRange } from './matchFold';

export interface FindOptions {
  /** Accept the phrase with Arabic proclitics attached (وقسد، لقسد، بالحسكة). Default true. */
  readonly proclitics?: boolean;
  /** Require word boundaries on both sides (قسد is not found inside a longer word). Default true. */
  readonly wholeWord?: boolean;
}

export interface Occurrence {
  /** UTF-16 code units into the original text, half-open: `text.slice(start, end)` is the phrase as written. */
  readonly start: number;
  readonly end: number;
  /** The folded proclitic letters in front of the phrase ("" when none; "ل" for لـ"قسد"; "ل" for للحسكة). */
  readonly proclitic: string;
  /**
   * True for للحسكة found for "الحسكة": ل + ال is written لل, so the match covers the article's ل and the rest
   * of the phrase ("لحسكة"), one alef shorter than the phrase.
   */
  readonly articleAssimilated: boolean;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Quote marks that may sit between a proclitic and the phrase: لـ"قسد", بـ”المتزعمين”. */
const QUOTE_CHAR = /^["'«»“”„‟‘’‚‹›]$/;
const ARABIC_LETTER = /^[\u0620-\u064A\u0671-\u06D3]$/;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.slice(index - 1, index);
}

function codePointAt(text: string, index: number): string {
  if (index >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

const isWordChar = (char: string) => char !== '' && WORD_CHAR.test(char);

/** Which proclitic forms may stand in front of a phrase (folded). */
function allowedBefore(form: ProcliticForm, phraseHasArticle: boolean, quoted: boolean): boolean {
  // Quotes between the clitic and the phrase (لـ"قسد"): only a conjunction or a preposition can be cut off
  // like that, never the article.
  if (quoted) return !form.article;
  // A phrase that has its own article takes و ف ب ك in front, not another article, and not ل (that is لل).
  if (phraseHasArticle) return !form.article && form.preposition !== 'ل';
  return true;
}

function leftBoundary(
  folded: string,
  start: number,
  phraseHasArticle: boolean,
  options: Required<FindOptions>,
): string | null {
  let beforeQuotes = start;
  while (beforeQuotes > 0 && QUOTE_CHAR.test(folded[beforeQuotes - 1] ?? '')) beforeQuotes--;
  let wordStart = beforeQuotes;
  while (wordStart > 0 && isWordChar(codePointBefore(folded, wordStart))) {
    wordStart -= codePointBefore(folded, wordStart).length;
  }
  const prefix = folded.slice(wordStart, beforeQuotes);
  if (prefix === '') return '';
  const quoted = beforeQuotes < start;
  const form = options.proclitics ? procliticForm(prefix) : undefined;
  if (form && allowedBefore(form, phraseHasArticle, quoted)) return prefix;
  // A quote mark is a word boundary of its own: عن“قسد” is عن + “قسد”.
  return quoted ? '' : null;
}

/**
 * Every occurrence of `phrase` in `text`, in text order, compared after normalizeForMatch (diacritics, tatweel,
 * hamza seats, ta marbuta, alef maqsura, digits, case, white space runs). An empty phrase has no occurrences.
 */
export function findOccurrences(text: string, phrase: string, options: FindOptions = {}): Occurrence[] {
  const settings: Required<FindOptions> = { proclitics: true, wholeWord: true, ...options };
  const key = normalizeForMatch(phrase).trim();
  if (key === '') return [];
  const folded = foldWithOffsets(text, { collapseWhitespace: true });
  const startsWithWord = isWordChar(codePointAt(key, 0));
  const endsWithWord = isWordChar(codePointBefore(key, key.length));
  const phraseHasArticle = key.startsWith('ال') && key.length - 2 >= 2;
  const arabicStart = ARABIC_LETTER.test(key[0] ?? '');
  const found: Occurrence[] = [];

  const accept = (start: number, end: number, proclitic: string, articleAssimilated: boolean) => {
    if (!isSourceBoundary(folded, start) || !isSourceBoundary(folded, end)) return false;
    if (settings.wholeWord && endsWithWord && isWordChar(codePointAt(folded.folded, end))) return false;
    found.push({ ...toOriginalRange(folded, start, end), proclitic, articleAssimilated });
    return true;
  };

  for (let at = folded.folded.indexOf(key); at !== -1; ) {
    let proclitic: string | null = '';
    if (settings.wholeWord && startsWithWord) {
      proclitic = leftBoundary(folded.folded, at, phraseHasArticle, {
        ...settings,
        proclitics: settings.proclitics && arabicStart && key.length >= 2,
      });
    }
    const accepted = proclitic !== null && accept(at, at + key.length, proclitic, false);
    at = folded.folded.indexOf(key, accepted ? at + key.length : at + 1);
  }

  if (phraseHasArticle && settings.proclitics && settings.wholeWord) {
    findAssimilated(folded, key, accept);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** للحسكة for "الحسكة" (and وللحسكة, فللحسكة): the ل of the article stays, its alef does not. */
function findAssimilated(
  folded: FoldedText,
  key: string,
  accept: (start: number, end: number, proclitic: string, articleAssimilated: boolean) => boolean,
): void {
  const written = `لل${key.slice(2)}`;
  for (let at = folded.folded.indexOf(written); at !== -1; at = folded.folded.indexOf(written, at + 1)) {
    let wordStart = at;
    while (wordStart > 0 && isWordChar(codePointBefore(folded.folded, wordStart))) wordStart--;
    const conjunction = folded.folded.slice(wordStart, at);
    if (conjunction !== '' && conjunction !== 'و' && conjunction !== 'ف') continue;
    accept(at + 1, at + written.length, `${conjunction}ل`, true);
  }
}
