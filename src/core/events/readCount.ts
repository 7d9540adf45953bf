/**
 * The number reader: what a span tagged "Casualty count" says, as ACLED/UCDP-style attributes.
 *
 * The figure is read from the span only (the first quantity in it); the words around it — from the span and its
 * context — qualify it: "أكثر من" before it (at least), "على الأقل" after it, "مقتل" / "wounded" nearby
 * (category), "مدنيين" / "fighters" after it (victims). The context is what the document has before and after
 * the span; only its nearest 400 characters are looked at, and never across a sentence end or a line break.
 *
 * Choosing the category among several nearby words ("Six people were killed and dozens others wounded"):
 * 1. a casualty word right after the figure (at most two words between, no comma or conjunction) wins:
 *    "dozens others wounded", "8 persons killed 58 others injured" (58 → injured);
 * 2. otherwise the nearest one counted in words, a comma or a conjunction (and, or, و…) between costing three
 *    words: "مقتل خمسة وإصابة عشرة" gives خمسة → killed, عشرة → injured; a tie goes to the word before.
 * Victims come from the words right after the figure (up to five: "Twelve members of the regular forces"),
 * stopping at "including" / "من بينهم", a comma, a conjunction, or a preposition that starts the place or the
 * agent ("5 killed by regime forces", "بنيران قوات النظام").
 */

import { arabicScaleOf, readArabicNumber } from './arabicNumberWords';
import type {
  CasualtyCategory,
  CasualtyReading,
  CasualtyVictims,
  ReadCountOptions,
  VagueQuantityRule,
} from './casualtyReading';
import { categoryOfToken, dualOfToken, victimsOfToken } from './casualtyWords';
import { procliticSplits } from './clitics';
import {
  type QualifierMatch,
  qualifierEndingAt,
  qualifierStartingAt,
  qualifierStartingBefore,
} from './countQualifiers';
import { type CountToken, digitValue, tokenize } from './countTokens';
import { englishScaleOf, readEnglishNumber } from './englishNumberWords';
import {
  type FoldedText,
  foldedOffsetAt,
  foldJoins,
  foldText,
  foldWithOffsets,
  normalizeForMatch,
  toOriginalRange,
} from './matchFold';
import { VAGUE_QUANTITY_RULES } from './vagueQuantities';

export type { CasualtyReading, ReadCountOptions } from './casualtyReading';

const CONTEXT_CHARS = 400;
/** How many words away a casualty word may be. */
const CATEGORY_WINDOW = 10;
/** How many words after the figure may name the victims. */
const VICTIMS_WINDOW = 5;
/** The cost of a comma or a conjunction between a casualty word and the figure, in words. */
const BREAK_COST = 3;

const SENTENCE_END = new Set(['.', '!', '?', '؟', '\n', '|']);
const CLAUSE_PUNCT = new Set([',', '،', ';', '؛', ':', '(', ')', '[', ']', '/']);
const CLAUSE_WORDS = new Set(
  ['and', 'or', 'while', 'whereas', 'but', 'و', 'أو', 'بينما', 'فيما', 'ثم'].map(normalizeForMatch),
);
/**
 * Where the words after a figure stop naming its victims: a preposition or cause starts the place, the agent
 * or the weapon ("5 killed by regime forces", "مقتل 3 بنيران قوات…", "58 others injured in terrorist attacks").
 * "of" / "من" do not stop it: "Twelve members of the regular forces", "ثلاثة من مقاتلي الحزب".
 */
const VICTIMS_STOP = new Set(
  [
    'by',
    'in',
    'at',
    'on',
    'near',
    'during',
    'after',
    'when',
    'as',
    'from',
    'with',
    'since',
    'following',
    'منذ',
    'في',
    'على',
    'جراء',
    'إثر',
    'خلال',
    'بعد',
    'عند',
    'لدى',
    'قبل',
    'نيران',
    'رصاص',
    'يد',
  ].map(normalizeForMatch),
);
const INCLUDING = new Set(
  ['including', 'among', 'من بينهم', 'بينهم', 'منهم', 'بينها', 'منها', 'بينهن', 'منهن'].map(
    normalizeForMatch,
  ),
);
const QUOTES = new Set(['"', "'", '“', '”', '«', '»', '„', '‘', '’']);
const DASHES = new Set(['-', '–', '—', '‐', '‑']);
const RANGE_WORDS = new Set(['to', 'or', 'إلى', 'الى', 'حتى', 'أو'].map(normalizeForMatch));
const BETWEEN = ['between', normalizeForMatch('بين')];
const FROM = normalizeForMatch('من');
const AND_WORDS = new Set(['and', 'و']);

/** One figure found in the span. Token indices are inclusive. */
interface Quantity {
  readonly value: number;
  readonly first: number;
  readonly last: number;
  readonly vague?: VagueQuantityRule;
  readonly dual?: { category?: CasualtyCategory; victims?: CasualtyVictims };
  readonly unitAndTens?: { unit: number; tens: number };
  /** Read from number words (not digits, a vague word or a dual). */
  readonly words?: boolean;
}

interface VaguePhrase {
  readonly rule: VagueQuantityRule;
  readonly words: readonly string[];
}

const phrasesCache = new WeakMap<readonly VagueQuantityRule[], VaguePhrase[]>();

/** The rules' phrases as folded words, longest first ("عشرات الآلاف" before "عشرات"); cached per table. */
function vaguePhrases(rules: readonly VagueQuantityRule[]): VaguePhrase[] {
  const cached = phrasesCache.get(rules);
  if (cached) return cached;
  const phrases = rules
    .flatMap((rule) =>
      rule.phrases.map((phrase) => ({ rule, words: normalizeForMatch(phrase).trim().split(' ') })),
    )
    .sort((a, b) => b.words.length - a.words.length);
  phrasesCache.set(rules, phrases);
  return phrases;
}

function wordIs(token: CountToken | undefined, word: string, allowProclitics: boolean): boolean {
  if (token?.kind !== 'word') return false;
  if (token.text === word) return true;
  // A stem is what follows the proclitics: the word must end with it.
  return (
    allowProclitics &&
    token.text.endsWith(word) &&
    procliticSplits(token.text).some((split) => split.stem === word)
  );
}

/** "between" / بين right before tokens[index], but not "من بين" (among). */
function betweenBefore(tokens: readonly CountToken[], index: number): boolean {
  const before = tokens[index - 1];
  return BETWEEN.some((word) => wordIs(before, word, true)) && !wordIs(tokens[index - 2], FROM, false);
}

/** The figure starting at tokens[at], read no further than tokens[limit - 1]. */
function quantityAt(
  tokens: readonly CountToken[],
  at: number,
  limit: number,
  phrases: readonly VaguePhrase[] | null,
): Quantity | null {
  const token = tokens[at];
  if (!token) return null;
  if (token.kind === 'digits') {
    const next = at + 1 < limit ? tokens[at + 1] : undefined;
    const scale = arabicScaleOf(next) ?? englishScaleOf(next);
    const value = digitValue(token.text, scale !== undefined);
    if (scale !== undefined) return { value: Math.round(value * scale), first: at, last: at + 1 };
    return { value, first: at, last: at };
  }
  if (token.kind !== 'word') return null;
  const arabic = readArabicNumber(tokens, at, limit);
  if (arabic) {
    return {
      value: arabic.value,
      first: at,
      last: arabic.last,
      words: true,
      ...(arabic.unitAndTens ? { unitAndTens: arabic.unitAndTens } : {}),
    };
  }
  const english = readEnglishNumber(tokens, at, limit);
  if (english) return { value: english.value, first: at, last: english.last, words: true };
  if (phrases) {
    for (const phrase of phrases) {
      const last = at + phrase.words.length - 1;
      if (last >= limit) continue;
      if (!wordIs(tokens[at], phrase.words[0] ?? '', true)) continue;
      if (phrase.words.every((word, offset) => offset === 0 || wordIs(tokens[at + offset], word, false))) {
        return { value: phrase.rule.value, first: at, last, vague: phrase.rule };
      }
    }
  }
  const dual = dualOfToken(token);
  if (dual) return { value: 2, first: at, last: at, dual };
  return null;
}

/** A second figure making a range with the first: "10-15", "من 10 إلى 15", "between 10 and 15", "two or three". */
function rangeAfter(
  tokens: readonly CountToken[],
  first: Quantity,
  limit: number,
): { high: Quantity } | null {
  if (first.vague || first.dual) return null;
  const connector = first.last + 1;
  const link = tokens[connector];
  if (!link || connector >= limit) return null;
  const afterBetween = betweenBefore(tokens, first.first);
  let high: Quantity | null = null;
  if (DASHES.has(link.text) || (link.kind === 'word' && RANGE_WORDS.has(link.text))) {
    high = quantityAt(tokens, connector + 1, limit, null);
  } else if (afterBetween && link.kind === 'word' && AND_WORDS.has(link.text)) {
    high = quantityAt(tokens, connector + 1, limit, null);
  } else if (afterBetween && link.kind === 'word' && link.text.startsWith('و')) {
    // "بين 10 وعشرين": the و is written on the second number.
    high = quantityAt(tokens, connector, limit, null);
  }
  if (!high || high.dual || high.value <= first.value) return null;
  return { high };
}

function isNumberAt(tokens: readonly CountToken[], at: number): boolean {
  return quantityAt(tokens, at, tokens.length, null) !== null;
}

/** "at least" after the figure, possibly after its noun: "23 citizens at least", "76 شخصا على الأقل". */
function qualifierAfter(tokens: readonly CountToken[], last: number): QualifierMatch | undefined {
  const next = tokens[last + 1];
  if (next?.text === '+' && next.start === tokens[last]?.end) {
    return { precision: 'at_least', first: last + 1, last: last + 1 };
  }
  for (let at = last + 1, skipped = 0; at < tokens.length && skipped <= 2; at++, skipped++) {
    const qualifier = qualifierStartingAt(tokens, at);
    if (qualifier) return isNumberAt(tokens, qualifier.last + 1) ? undefined : qualifier;
    const token = tokens[at];
    if (token?.kind !== 'word' || CLAUSE_WORDS.has(token.text) || isNumberAt(tokens, at)) return undefined;
  }
  return undefined;
}

/** "more than" before the figure; quote marks in between are skipped (أكثر من “20”). */
function qualifierBefore(tokens: readonly CountToken[], first: number): QualifierMatch | undefined {
  let end = first - 1;
  while (end >= 0 && QUOTES.has(tokens[end]?.text ?? '')) end--;
  return qualifierEndingAt(tokens, end);
}

interface Candidate {
  readonly category: CasualtyCategory;
  readonly token: number;
  readonly distance: number;
  readonly breaks: number;
}

/** The nearest casualty word on one side of tokens[first..last], stepping over a qualifier ("15 قتيلاً على الأقل"). */
function nearestCategory(
  tokens: readonly CountToken[],
  first: number,
  last: number,
  step: 1 | -1,
  skip: QualifierMatch | undefined,
): Candidate | null {
  let distance = 0;
  let breaks = 0;
  for (let at = step === 1 ? last + 1 : first - 1; at >= 0 && at < tokens.length; at += step) {
    const token = tokens[at];
    if (!token) break;
    if (skip && at >= skip.first && at <= skip.last) continue;
    if (token.kind === 'punct') {
      if (SENTENCE_END.has(token.text)) break;
      if (CLAUSE_PUNCT.has(token.text)) breaks++;
      continue;
    }
    const match = categoryOfToken(token, tokens[at + 1]);
    if (match) {
      // "وإصابة" after the figure starts a clause of its own; before it, the و does not come between.
      const ownBreak = step === 1 && match.conjunction ? 1 : 0;
      return { category: match.value, token: at, distance, breaks: breaks + ownBreak };
    }
    if (CLAUSE_WORDS.has(token.text)) breaks++;
    distance++;
    if (distance > CATEGORY_WINDOW) break;
  }
  return null;
}

function chooseCategory(
  tokens: readonly CountToken[],
  first: number,
  last: number,
  post: QualifierMatch | undefined,
): Candidate | null {
  const after = nearestCategory(tokens, first, last, 1, post);
  if (after && after.distance <= 2 && after.breaks === 0) return after;
  const before = nearestCategory(tokens, first, last, -1, undefined);
  const score = (candidate: Candidate) => candidate.distance + BREAK_COST * candidate.breaks;
  if (before && after) return score(after) < score(before) ? after : before;
  return before ?? after;
}

function victimsAfter(
  tokens: readonly CountToken[],
  quantity: Quantity,
  last: number,
  post: QualifierMatch | undefined,
): { victims: CasualtyVictims; token: number } | null {
  for (let at = last + 1, words = 0; at < tokens.length && words < VICTIMS_WINDOW; at++) {
    const token = tokens[at];
    if (!token) break;
    if (post && at >= post.first && at <= post.last) continue;
    if (token.kind === 'punct') {
      if (SENTENCE_END.has(token.text) || CLAUSE_PUNCT.has(token.text)) break;
      continue;
    }
    if (CLAUSE_WORDS.has(token.text) || INCLUDING.has(token.text) || stopsVictims(token)) break;
    if (INCLUDING.has(`${token.text} ${tokens[at + 1]?.text ?? ''}`)) break;
    const victims = victimsOfToken(token);
    if (victims) return { victims, token: at };
    if (categoryOfToken(token, tokens[at + 1])?.conjunction) break;
    words++;
  }
  // Arabic puts واحد and اثنين after the noun they count: "مقتل مدني واحد".
  const before = tokens[quantity.first - 1];
  if (quantity.words && quantity.value <= 2 && before?.kind === 'word') {
    const victims = victimsOfToken(before);
    if (victims) return { victims, token: quantity.first - 1 };
  }
  return null;
}

function stopsVictims(token: CountToken): boolean {
  if (VICTIMS_STOP.has(token.text)) return true;
  return procliticSplits(token.text).some((split) => !split.form.article && VICTIMS_STOP.has(split.stem));
}

function bestOf(low: number, high: number, rule: ReadCountOptions['rangeBest']): number {
  if (rule === 'high') return high;
  if (rule === 'midpoint') return Math.round((low + high) / 2);
  return low;
}

/**
 * Reads the casualty count a span states, or null when it states no number at all.
 *
 * @param spanText the tagged text.
 * @param context the document text just before and after the span (any length; the nearest 400 characters
 *   of each are used).
 * @param options another vague-quantity rule table, and the best estimate of a range.
 */
export function readCasualtyCount(
  spanText: string,
  context?: { before: string; after: string },
  options: ReadCountOptions = {},
): CasualtyReading | null {
  // Most tagged spans state a number, but an import proposes figures for every casualty count it brings, and
  // folding and splitting the whole sentence around each was most of that work (issue 4).
  if (!mayStateNumber(spanText, context, options)) return null;
  return readInContext(spanText, context, options);
}

/**
 * False only when readInContext would find no figure: whether the span states one depends on the span's own
 * tokens (a figure is read inside the span; the context only qualifies it, or, for "no one", rules one out),
 * and the span folds and splits the same alone as inside its sentence, except when the fold joins a unit on
 * each side of an edge (matchFold.foldJoins: then the answer is true, read it all).
 */
export function mayStateNumber(
  spanText: string,
  context: { before: string; after: string } | undefined,
  options: ReadCountOptions = {},
): boolean {
  if (foldJoins(context?.before ?? '', spanText) || foldJoins(spanText, context?.after ?? '')) return true;
  const tokens = tokenize(foldText(spanText));
  const phrases = vaguePhrases(options.vagueRules ?? VAGUE_QUANTITY_RULES);
  for (let at = 0; at < tokens.length; at++) {
    if (quantityAt(tokens, at, tokens.length, phrases)) return true;
  }
  return false;
}

/** readCasualtyCount without its shortcut (exported for the test that compares the two). */
export function readInContext(
  spanText: string,
  context?: { before: string; after: string },
  options: ReadCountOptions = {},
): CasualtyReading | null {
  const before = (context?.before ?? '').slice(-CONTEXT_CHARS);
  const after = (context?.after ?? '').slice(0, CONTEXT_CHARS);
  const folded = foldWithOffsets(before + spanText + after);
  const spanStart = foldedOffsetAt(folded, before.length);
  const spanEnd = foldedOffsetAt(folded, before.length + spanText.length);
  const tokens = tokenize(folded.folded, [spanStart, spanEnd]);
  const firstInSpan = tokens.findIndex((token) => token.start >= spanStart);
  if (firstInSpan === -1 || (tokens[firstInSpan]?.start ?? spanEnd) >= spanEnd) return null;
  let limit = tokens.findIndex((token) => token.start >= spanEnd);
  if (limit === -1) limit = tokens.length;

  const phrases = vaguePhrases(options.vagueRules ?? VAGUE_QUANTITY_RULES);
  let quantity: Quantity | null = null;
  for (let at = firstInSpan; at < limit && !quantity; at++) {
    // "as many as 200": the figure is 200, "many" is part of the qualifier.
    const qualifier = qualifierStartingBefore(tokens, at);
    if (qualifier && qualifier.last + 1 < limit)
      quantity = quantityAt(tokens, qualifier.last + 1, limit, phrases);
    quantity ??= quantityAt(tokens, at, limit, phrases);
  }
  if (!quantity) return null;

  const range = rangeAfter(tokens, quantity, limit);
  const high = range?.high;
  // "بين خمسة وعشرين" is "between five and twenty": a range, though the words also spell 25.
  const splitRange = !range && quantity.unitAndTens !== undefined && betweenBefore(tokens, quantity.first);
  const lastToken = high?.last ?? quantity.last;
  const pre = qualifierBefore(tokens, quantity.first);
  const post = range || splitRange ? undefined : qualifierAfter(tokens, lastToken);
  const qualifier = pre ?? post;
  const firstToken = pre ? pre.first : quantity.first;

  const evidence: string[] = [];
  const slice = (first: number, last: number) => originalOf(folded, tokens, first, last);
  evidence.push(slice(quantity.first, lastToken));
  if (qualifier) evidence.push(slice(qualifier.first, qualifier.last));

  const reading: CasualtyReading = { precision: 'exact', evidence };
  if (high || splitRange) {
    const lowValue = splitRange ? (quantity.unitAndTens?.unit ?? quantity.value) : quantity.value;
    const highValue = splitRange
      ? (quantity.unitAndTens?.tens ?? quantity.value)
      : (high?.value ?? quantity.value);
    reading.low = lowValue;
    reading.best = bestOf(lowValue, highValue, options.rangeBest);
    reading.high = highValue;
    reading.precision = 'approximate';
  } else {
    reading.value = quantity.value;
    reading.precision = qualifier?.precision ?? quantity.vague?.precision ?? 'exact';
  }
  if (quantity.vague) {
    reading.vague = { phrase: slice(quantity.first, quantity.last), rule: quantity.vague.id };
  }

  const category = quantity.dual?.category
    ? { category: quantity.dual.category, token: quantity.first }
    : chooseCategory(tokens, firstToken, lastToken, post);
  if (category) {
    reading.category = category.category;
    if (category.token !== quantity.first) evidence.push(slice(category.token, category.token));
  }
  const victims = quantity.dual?.victims
    ? { victims: quantity.dual.victims, token: quantity.first }
    : victimsAfter(tokens, quantity, lastToken, post);
  if (victims) {
    reading.victims = victims.victims;
    if (victims.token !== quantity.first) evidence.push(slice(victims.token, victims.token));
  }
  return reading;
}

/** The original text of tokens[first..last]. */
function originalOf(folded: FoldedText, tokens: readonly CountToken[], first: number, last: number): string {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  const range = toOriginalRange(folded, start, end);
  return folded.original.slice(range.start, range.end);
}
