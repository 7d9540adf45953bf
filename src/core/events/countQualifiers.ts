/**
 * Words that qualify a figure: "أكثر من 20" (at least), "نحو 50" (approximate), "up to 300" (at most), and
 * the ones written after it: "16 people at least", "١٥ قتيلاً على الأقل", "50 or more".
 *
 * Choices, documented because a coder may disagree:
 * - "more than N" / "أكثر من N" give N at_least, not N + 1: the figure stays the one printed, as ACLED keeps
 *   the conservative figure; the precision says the true number is larger.
 * - "nearly", "almost", "قرابة", "ما يقارب", "زهاء" are 'approximate', not 'at_most': the press uses them for
 *   round estimates, not for bounds.
 * - "as many as" and "حتى" are 'at_most' (an upper figure); "tops", "exceeds", "تجاوز" are 'at_least'.
 */
import type { CasualtyPrecision } from './casualtyReading';
import { procliticSplits } from './clitics';
import type { CountToken } from './countTokens';
import { normalizeForMatch } from './matchFold';

const BEFORE: ReadonlyArray<[CasualtyPrecision, readonly string[]]> = [
  [
    'at_least',
    [
      'at least',
      'more than',
      'over',
      'upwards of',
      'in excess of',
      'no fewer than',
      'no less than',
      'not less than',
      'a minimum of',
      'tops',
      'topped',
      'exceeds',
      'exceeded',
      'exceeding',
      'surpassed',
      'أكثر من',
      'ما يزيد عن',
      'ما يزيد على',
      'يزيد عن',
      'يزيد على',
      'ما لا يقل عن',
      'لا يقل عن',
      'ما لا يقل على',
      'لا يقل على',
      'أزيد من',
      'ما يربو على',
      'ما يربو عن',
      'يربو على',
      'على الأقل',
      'تجاوز',
      'تجاوزت',
      'يتجاوز',
      'تتجاوز',
      'تخطى',
      'تخطت',
      'فاق',
      'فاقت',
      'يفوق',
    ],
  ],
  [
    'at_most',
    [
      'up to',
      'as many as',
      'at most',
      'fewer than',
      'less than',
      'under',
      'no more than',
      'not more than',
      'a maximum of',
      'أقل من',
      'ما يصل إلى',
      'يصل إلى',
      'تصل إلى',
      'حتى',
      'لا يزيد عن',
      'لا يزيد على',
      'ما لا يزيد عن',
      'ما لا يزيد على',
      'على الأكثر',
    ],
  ],
  [
    'approximate',
    [
      'about',
      'around',
      'approximately',
      'roughly',
      'nearly',
      'almost',
      'some',
      'an estimated',
      'estimated',
      'close to',
      'circa',
      'نحو',
      'حوالي',
      'حوالى',
      'قرابة',
      'زهاء',
      'ما يقارب',
      'يقارب',
      'ما يقرب من',
      'يقرب من',
      'ما يناهز',
      'يناهز',
      'تقريبا',
      'ما يقدر ب',
    ],
  ],
];

const AFTER: ReadonlyArray<[CasualtyPrecision, readonly string[]]> = [
  ['at_least', ['at least', 'or more', 'and more', 'plus', 'على الأقل', 'فأكثر', 'أو أكثر', 'وأكثر']],
  ['at_most', ['at most', 'or fewer', 'or less', 'على الأكثر', 'فأقل', 'أو أقل']],
  ['approximate', ['or so', 'approximately', 'تقريبا']],
];

interface Phrase {
  readonly precision: CasualtyPrecision;
  readonly words: readonly string[];
}

const toPhrases = (table: ReadonlyArray<[CasualtyPrecision, readonly string[]]>): readonly Phrase[] =>
  table
    .flatMap(([precision, phrases]) =>
      phrases.map((phrase) => ({ precision, words: normalizeForMatch(phrase).split(' ') })),
    )
    // Longest first: "ما لا يقل عن" before "لا يقل عن", "at least" before nothing shorter.
    .sort((a, b) => b.words.length - a.words.length);

const BEFORE_PHRASES = toPhrases(BEFORE);
const AFTER_PHRASES = toPhrases(AFTER);

/** The first word of a phrase may carry proclitics: "بأكثر من"، "بنحو"، "وحوالي". */
function firstWordMatches(token: CountToken | undefined, word: string): boolean {
  if (token?.kind !== 'word') return false;
  if (token.text === word) return true;
  // A stem is what follows the proclitics: the word must end with it (a cheap test that most words fail).
  return token.text.endsWith(word) && procliticSplits(token.text).some((split) => split.stem === word);
}

function matchesAt(tokens: readonly CountToken[], start: number, words: readonly string[]): boolean {
  if (start < 0 || !firstWordMatches(tokens[start], words[0] ?? '')) return false;
  for (let offset = 1; offset < words.length; offset++) {
    const token = tokens[start + offset];
    if (token?.kind !== 'word' || token.text !== words[offset]) return false;
  }
  return true;
}

export interface QualifierMatch {
  readonly precision: CasualtyPrecision;
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
}

/** A qualifier whose last word is tokens[end] ("more than" before the number). */
export function qualifierEndingAt(tokens: readonly CountToken[], end: number): QualifierMatch | undefined {
  for (const phrase of BEFORE_PHRASES) {
    const start = end - phrase.words.length + 1;
    if (matchesAt(tokens, start, phrase.words))
      return { precision: phrase.precision, first: start, last: end };
  }
  return undefined;
}

/** A qualifier whose first word is tokens[start] ("at least" after the number). */
export function qualifierStartingAt(
  tokens: readonly CountToken[],
  start: number,
): QualifierMatch | undefined {
  for (const phrase of AFTER_PHRASES) {
    if (matchesAt(tokens, start, phrase.words)) {
      return { precision: phrase.precision, first: start, last: start + phrase.words.length - 1 };
    }
  }
  return undefined;
}

/** A qualifier of the kind written before a figure, whose first word is tokens[start] ("as many as"). */
export function qualifierStartingBefore(
  tokens: readonly CountToken[],
  start: number,
): QualifierMatch | undefined {
  for (const phrase of BEFORE_PHRASES) {
    if (matchesAt(tokens, start, phrase.words)) {
      return { precision: phrase.precision, first: start, last: start + phrase.words.length - 1 };
    }
  }
  return undefined;
}
