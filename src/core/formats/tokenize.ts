/**
 * The word tokenizer of CoNLL export, Prodigy tokens and token-level agreement. Arabic-aware, rule-based,
 * documented so a researcher can predict every token:
 * 1. Text is read in grapheme clusters (Intl.Segmenter), so a letter never loses its marks (shadda, fatha…)
 *    and an emoji sequence or a flag stays whole. A cluster's class is its first code point's.
 * 2. White space (Unicode White_Space: space, tab, line breaks, no-break space…) separates tokens and belongs
 *    to none.
 * 3. Punctuation and symbols (Unicode P* and S*: . , ; : ! ? " ' ( ) - … the Arabic comma ، semicolon ؛ question
 *    mark ؟ and percent ٪, quotes “ ” « » ‹ ›, currency signs, emoji) are tokens of one cluster each —
 *    except a connector between two digits (. , : / - and the Arabic decimal and thousands separators ٫ ٬ :
 *    5.93, 155,221, ١٩٣١/٥, 12:30, 1996-12-06) and an apostrophe or hyphen between two letters (l'armée,
 *    aujourd'hui, pro-government), which stay inside the word.
 * 4. Everything else (letters, marks, digits, tatweel, invisible format characters such as ZWNJ or LRM) makes
 *    words. Clitics are NOT split: بالحسكة, وقال, للمغرب are one token each, so a span on الحسكة inside
 *    بالحسكة is not aligned to tokens (exporters report it, see conll.ts).
 * Offsets are UTF-16 code units into the text, half-open.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

const SPACE = /^\p{White_Space}/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]/u;
const DIGIT = /\p{Nd}$/u;
const DIGIT_START = /^\p{Nd}/u;
const LETTER = /[\p{L}\p{M}]$/u;
const LETTER_START = /^\p{L}/u;
const DIGIT_CONNECTORS = new Set(['.', ',', ':', '/', '-', '\u066B', '\u066C']);
const WORD_CONNECTORS = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);

type Kind = 'space' | 'punct' | 'word';

/** Characters per piece the segmenter is run on (see graphemeClusters). */
const PIECE = 512;

/**
 * The grapheme clusters of a text, segmented piece by piece: iterating Intl.Segmenter over one long string is
 * quadratic in V8 (a 40 000-character text takes a second, 100 000 half a minute). Pieces end before a white-space
 * character that the segmenter confirms is a cluster boundary (checked on a small window around it), so every
 * cluster is the one the whole text would give.
 */
function* graphemeClusters(text: string): Generator<{ index: number; segment: string }> {
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > PIECE) {
      const space = /\s/g;
      space.lastIndex = start + PIECE;
      for (let match = space.exec(text); match; match = space.exec(text)) {
        if (isBoundary(text, match.index)) {
          end = match.index;
          break;
        }
      }
    }
    for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
      yield { index: start + index, segment };
    }
    start = end;
  }
}

function isBoundary(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 16);
  const window = text.slice(from, offset + 16);
  const segment = segmenter.segment(window).containing(offset - from);
  return segment !== undefined && segment.index === offset - from;
}

/** A cluster's class is its first code point's; memoized, since a text uses few distinct characters. */
const kinds = new Map<number, Kind>();
function kindOf(codePoint: number): Kind {
  let kind = kinds.get(codePoint);
  if (kind === undefined) {
    const char = String.fromCodePoint(codePoint);
    kind = SPACE.test(char) ? 'space' : PUNCT_OR_SYMBOL.test(char) ? 'punct' : 'word';
    kinds.set(codePoint, kind);
  }
  return kind;
}

export function tokenize(text: string): Token[] {
  const clusters: Array<{ index: number; segment: string; kind: Kind }> = [];
  for (const { index, segment } of graphemeClusters(text)) {
    clusters.push({ index, segment, kind: kindOf(segment.codePointAt(0) as number) });
  }
  // Rule 3's exceptions: a connector between two digits / two letters joins the words around it.
  for (let i = 1; i < clusters.length - 1; i++) {
    const cluster = clusters[i] as (typeof clusters)[number];
    if (cluster.kind !== 'punct') continue;
    const before = clusters[i - 1] as (typeof clusters)[number];
    const after = clusters[i + 1] as (typeof clusters)[number];
    if (before.kind !== 'word' || after.kind !== 'word') continue;
    const digits =
      DIGIT_CONNECTORS.has(cluster.segment) && DIGIT.test(before.segment) && DIGIT_START.test(after.segment);
    const letters =
      WORD_CONNECTORS.has(cluster.segment) && LETTER.test(before.segment) && LETTER_START.test(after.segment);
    if (digits || letters) cluster.kind = 'word';
  }
  const tokens: Token[] = [];
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (open) tokens.push({ start: open.start, end: open.end, text: text.slice(open.start, open.end) });
    open = null;
  };
  for (const { index, segment, kind } of clusters) {
    const end = index + segment.length;
    if (kind === 'space') close();
    else if (kind === 'punct') {
      close();
      tokens.push({ start: index, end, text: segment });
    } else if (open) open.end = end;
    else open = { start: index, end };
  }
  close();
  return tokens;
}

/**
 * Tokens of a text that was itself built from tokens joined by single spaces and line feeds (a CoNLL import): the
 * runs between those separators, exactly. Used instead of tokenize() so such a document exports back to the same
 * tokens (tokenize would split "U.S." or "$#$").
 */
export function splitOnJoiners(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 0x20 || c === 0x0a) {
      if (i > start) tokens.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return tokens;
}
