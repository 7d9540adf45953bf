/**
 * The number reader's tokenizer as countTokens.ts defines it, written the plain way (every pattern tried at
 * every position), as the oracle for the tokenizer's shortcuts.
 */
import type { CountToken } from '../../../../src/core/events/countTokens';

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

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : null;
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
    const latin = matchAt(LATIN_WORD, slice, at);
    if (latin) {
      into.push({ kind: 'word', text: latin, start: at, end: at + latin.length });
      at += latin.length;
      continue;
    }
    const digits = DIGIT_PATTERNS.map((pattern) => matchAt(pattern, slice, at)).find(
      (match) => match !== null,
    );
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
export function referenceTokenize(folded: string, cuts: readonly number[] = []): CountToken[] {
  const edges = [
    ...new Set([0, ...cuts.filter((cut) => cut > 0 && cut < folded.length), folded.length]),
  ].sort((a, b) => a - b);
  const tokens: CountToken[] = [];
  for (let index = 0; index + 1 < edges.length; index++) {
    tokenizeRange(folded, edges[index] ?? 0, edges[index + 1] ?? 0, tokens);
  }
  return tokens;
}
