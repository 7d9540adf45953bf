/**
 * The number reader's tokenizer as countTokens.ts defines it, written the plain way (every pattern tried at
 * every position) with the tokenizer's own patterns, as the oracle for its shortcuts.
 */
import { COUNT_TOKEN_PATTERNS, type CountToken, matchAt } from '../../../../src/core/events/countTokens';

const {
  space: SPACE,
  latinWord: LATIN_WORD,
  otherWord: OTHER_WORD,
  digits: DIGIT_PATTERNS,
} = COUNT_TOKEN_PATTERNS;

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
