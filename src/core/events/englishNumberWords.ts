/**
 * English number words as one value: "five", "twenty-one", "a hundred", "two hundred and five", "three
 * thousand", "a dozen", "two dozen", "half a dozen". Tokens are folded (lower-case). "one" after "no" is not a
 * number ("no one was hurt").
 */
import type { CountToken } from './countTokens';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

type Kind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';

const LEXICON: ReadonlyMap<string, { value: number; kind: Kind }> = new Map([
  ...UNITS.map((word, value): [string, { value: number; kind: Kind }] => [word, { value, kind: 'unit' }]),
  ...TEENS.map((word, index): [string, { value: number; kind: Kind }] => [
    word,
    { value: 10 + index, kind: 'teen' },
  ]),
  ...TENS.map((word, index): [string, { value: number; kind: Kind }] => [
    word,
    { value: 20 + 10 * index, kind: 'tens' },
  ]),
  ['hundred', { value: 100, kind: 'hundred' }],
  ['thousand', { value: 1000, kind: 'scale' }],
  ['million', { value: 1_000_000, kind: 'scale' }],
  ['billion', { value: 1_000_000_000, kind: 'scale' }],
  ['dozen', { value: 12, kind: 'dozen' }],
]);

/** A scale word multiplying digits before it ("2 million", "10 thousand"). */
export function englishScaleOf(token: CountToken | undefined): number | undefined {
  if (token?.kind !== 'word') return undefined;
  const entry = LEXICON.get(token.text);
  return entry && (entry.kind === 'scale' || entry.kind === 'hundred') ? entry.value : undefined;
}

/** The words of a token: "twenty-one" is two number words; "one-sided" stays one (non-number) word. */
function partsOf(token: CountToken | undefined): string[] {
  if (token?.kind !== 'word') return [];
  const parts = token.text.split('-');
  return parts.length > 1 && parts.every((part) => LEXICON.has(part)) ? parts : [token.text];
}

export interface EnglishNumberReading {
  readonly value: number;
  /** Index of the last token read. */
  readonly last: number;
}

/** Reads the English number starting at tokens[first] (never beyond tokens[limit - 1]), or null. */
export function readEnglishNumber(
  tokens: readonly CountToken[],
  first: number,
  limit: number,
): EnglishNumberReading | null {
  // The words with the token each came from, so "twenty-one people" ends on the right token.
  const words: Array<{ word: string; token: number }> = [];
  for (let index = first; index < limit && words.length < 16; index++) {
    const parts = partsOf(tokens[index]);
    if (parts.length === 0) break;
    for (const word of parts) words.push({ word, token: index });
  }
  const word = (at: number) => words[at]?.word;
  if (word(0) === 'one' && tokens[first - 1]?.text === 'no') return null;

  let at = 0;
  let total = 0;
  let current = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let last: Kind;
  if (word(0) === 'half' && word(1) === 'a' && word(2) === 'dozen') {
    return { value: 6, last: words[2]?.token ?? first };
  }
  if (
    (word(0) === 'a' || word(0) === 'an') &&
    ['hundred', 'thousand', 'million', 'billion', 'dozen'].includes(word(1) ?? '')
  ) {
    current = 1;
    last = 'unit';
    at = 1;
  } else {
    const head = LEXICON.get(word(0) ?? '');
    if (!head) return null;
    if (head.kind === 'hundred' || head.kind === 'scale' || head.kind === 'dozen') current = 1;
    else current = head.value;
    last = head.kind === 'hundred' || head.kind === 'scale' || head.kind === 'dozen' ? 'unit' : head.kind;
    if (head.kind === 'unit' || head.kind === 'teen' || head.kind === 'tens') at = 1;
  }
  let lastAt = at - 1;
  while (at < words.length) {
    let next = LEXICON.get(word(at) ?? '');
    let step = 1;
    const joined = word(at) === 'and';
    if (joined) {
      next = LEXICON.get(word(at + 1) ?? '');
      step = 2;
      // "and" only continues a number after hundred or a scale: "two hundred and five".
      if (!next || (last !== 'hundred' && last !== 'scale')) break;
      if (next.kind !== 'unit' && next.kind !== 'teen' && next.kind !== 'tens') break;
    }
    if (!next) break;
    if (next.kind === 'unit' && last === 'tens' && !joined && current % 10 === 0) {
      current += next.value; // twenty-one, twenty one
      last = 'unit';
    } else if (
      (next.kind === 'unit' || next.kind === 'teen' || next.kind === 'tens') &&
      (last === 'hundred' || last === 'scale') &&
      next.value < 100
    ) {
      current += next.value; // two hundred (and) five, one thousand twenty
      last = next.kind;
    } else if (next.kind === 'hundred' && current > 0 && current < 100 && last !== 'hundred') {
      current *= 100;
      last = 'hundred';
    } else if (next.kind === 'scale' && current > 0 && next.value < lastScale) {
      total += current * next.value;
      current = 0;
      lastScale = next.value;
      last = 'scale';
    } else if (next.kind === 'dozen' && current > 0 && current < 100 && last === 'unit' && total === 0) {
      current *= 12; // a dozen, two dozen
      lastAt = at;
      at += step;
      break;
    } else break;
    lastAt = at + step - 1;
    at += step;
  }
  if (lastAt < 0) return null;
  return { value: total + current, last: words[lastAt]?.token ?? first };
}
