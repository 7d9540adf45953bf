/**
 * Tokens of FOLDED text (matchFold: digits already 0-9, Latin lower-case, no diacritics or tatweel) for the
 * number reader. Three kinds:
 * - digits: a written number with its separators, read by digitValue ("1,046", "1٬046", "1.5", "10 000" with
 *   no-break spaces). Digits glued to Latin letters are not a number ("SY24", "16th", "S763") and make a word.
 * - word: a run of letters; Latin words keep inner hyphens and apostrophes ("twenty-one", "libya's").
 *   Digits glued to Arabic letters are split off ("37الف" → 37 + الف), as Arabic newswire writes them.
 * - punct: any other single code point (quotes, dashes, commas…), and the line feed. Other white space only
 *   separates tokens.
 * Offsets are UTF-16 code units into the folded text.
 */

export interface CountToken {
  readonly kind: 'digits' | 'word' | 'punct';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SPACE = /\s/y;
const LATIN_WORD =
  /[\p{Script=Latin}\d]*\p{Script=Latin}[\p{Script=Latin}\d]*(?:['’-][\p{Script=Latin}\d]+)*/uy;
const OTHER_WORD = /\p{L}+/uy;
/**
 * Written numbers, most specific first. Group separators must be followed by exactly three digits: "1,046" is
 * one number, "5,6" is two. A dot followed by groups of three is a thousands separator ("1.046" counts people,
 * and a casualty count is never a fraction); digitValue turns it back into a decimal point before a scale word
 * ("1.046 million"). ٫ (U+066B) is always the decimal point, ٬ (U+066C) always the thousands separator.
 */
const DIGIT_PATTERNS: readonly RegExp[] = [
  /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?/y,
  /\d{1,3}(?:٬\d{3})+(?!\d)(?:[٫.]\d+)?/y,
  /\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?!\d)(?:[.٫]\d+)?/y,
  /\d{1,3}(?:\.\d{3})+(?![\d٫])/y,
  /\d+(?:[.٫]\d+)?/y,
];

export function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}

/** The tokenizer's patterns (sticky: each is matched at a position), shared with the tests' plain tokenizer. */
export const COUNT_TOKEN_PATTERNS = {
  space: SPACE,
  latinWord: LATIN_WORD,
  otherWord: OTHER_WORD,
  digits: DIGIT_PATTERNS,
} as const;

function firstDigitsMatch(text: string, at: number): string | null {
  for (const pattern of DIGIT_PATTERNS) {
    const match = matchAt(pattern, text, at);
    if (match !== null) return match;
  }
  return null;
}

/** Tokens of `text[start, end)`. */
function tokenizeRange(text: string, start: number, end: number, into: CountToken[]): void {
  const slice = text.slice(0, end);
  let at = start;
  while (at < end) {
    const spaces = matchAt(SPACE, slice, at);
    if (spaces) {
      // A line break ends a paragraph: keep it as a token, so context words never reach across it.
      if (spaces === '\n') into.push({ kind: 'punct', text: '\n', start: at, end: at + 1 });
      at += spaces.length;
      continue;
    }
    const unit = slice.charCodeAt(at);
    // Shortcuts, not rules: nothing in the Arabic block is Latin or an ASCII digit, and every written number
    // starts with one (the text is folded: ٣ is already 3). Most tokens of Arabic news are Arabic words.
    const latin = unit >= 0x600 && unit <= 0x6ff ? null : matchAt(LATIN_WORD, slice, at);
    if (latin) {
      into.push({ kind: 'word', text: latin, start: at, end: at + latin.length });
      at += latin.length;
      continue;
    }
    const digits = unit >= 0x30 && unit <= 0x39 ? firstDigitsMatch(slice, at) : null;
    if (digits) {
      into.push({ kind: 'digits', text: digits, start: at, end: at + digits.length });
      at += digits.length;
      continue;
    }
    const word = matchAt(OTHER_WORD, slice, at);
    if (word) {
      into.push({ kind: 'word', text: word, start: at, end: at + word.length });
      at += word.length;
      continue;
    }
    const char = String.fromCodePoint(slice.codePointAt(at) ?? 0);
    into.push({ kind: 'punct', text: char, start: at, end: at + char.length });
    at += char.length;
  }
}

/** Tokens of folded text; no token crosses any of the `cuts` (e.g. the edges of the tagged span). */
export function tokenize(folded: string, cuts: readonly number[] = []): CountToken[] {
  const edges = [
    ...new Set([0, ...cuts.filter((cut) => cut > 0 && cut < folded.length), folded.length]),
  ].sort((a, b) => a - b);
  const tokens: CountToken[] = [];
  for (let index = 0; index + 1 < edges.length; index++) {
    tokenizeRange(folded, edges[index] ?? 0, edges[index + 1] ?? 0, tokens);
  }
  return tokens;
}

const SCALE_DECIMAL = /^\d{1,3}\.\d{3}$/;

/**
 * The value of a digits token. `beforeScale`: the next word multiplies it (million, مليون, ألف…), in which
 * case a lone ".ddd" group is a decimal point after all ("1.046 million" → 1.046).
 */
export function digitValue(raw: string, beforeScale = false): number {
  if (beforeScale && SCALE_DECIMAL.test(raw)) return Number(raw);
  let text = raw.replace(/[,٬\u00A0\u202F\u2009]/g, '').replace('٫', '.');
  // Dots followed by groups of three are thousands separators (the tokenizer only lets those through with
  // more than one dot, or one dot and exactly three digits).
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  return Number(text);
}
