/**
 * Arabic number words, in their gender and case forms, as one value: "خمسة" 5, "خمس عشرة" 15, "خمسة وعشرون"
 * 25, "ثلاثمائة" 300, "مائتا ألف" 200000, "ألفين وثلاثمئة وخمسة وعشرين" 2325.
 *
 * Arabic writes units before tens ("five and twenty"), joins every further part with و ("ألف وخمسمئة"), and puts
 * a unit (3–10) in front of مئة / آلاف / ملايين to multiply. The reader below follows exactly those orders, so
 * "مقتل خمسة وإصابة عشرة" stops after خمسة: و + إصابة is not a number, and و + a unit after a unit is not one
 * number either. Words are looked up folded (matchFold), so diacritics, tatweel and hamza spellings do not
 * matter: "أربعة" = "اربعة", "مئة" ≠ "مائة" only in the list below, which has both.
 */
import { procliticSplits } from './clitics';
import type { CountToken } from './countTokens';
import { normalizeForMatch } from './matchFold';

type Kind =
  | 'zero'
  /** 1–9 */
  | 'unit'
  /** the first part of 11 and 12 that never stands alone: اثنا، اثني، اثنتا، اثنتي */
  | 'teenUnit'
  /** عشرة / عشر: 10 alone, or the second part of 11–19 */
  | 'ten'
  /** 20–90 */
  | 'tens'
  /** مئة / مائة: 100 alone, or ×100 after a unit */
  | 'hundred'
  /** 200–900 written as one word */
  | 'hundreds'
  /** ألف, مليون, مليار (and ألفاً, مليوناً after a number): 1000… alone, or × after a number */
  | 'scale'
  /** آلاف, ملايين: only × after a unit (alone they are vague: see VAGUE_QUANTITY_RULES) */
  | 'scalePlural'
  /** ألفان, ألفين, ألفا, ألفي, مليونان…: 2000, 2000000 */
  | 'scaleDual';

interface NumberWord {
  readonly value: number;
  readonly kind: Kind;
}

const UNIT_FORMS: ReadonlyArray<[number, readonly string[]]> = [
  [1, ['واحد', 'واحدة', 'واحدا', 'أحد', 'إحدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']],
  [3, ['ثلاثة', 'ثلاث']],
  [4, ['أربعة', 'أربع']],
  [5, ['خمسة', 'خمس']],
  [6, ['ستة', 'ست']],
  [7, ['سبعة', 'سبع']],
  [8, ['ثمانية', 'ثماني', 'ثمان', 'ثمانى']],
  [9, ['تسعة', 'تسع']],
];

const TENS_FORMS: ReadonlyArray<[number, readonly string[]]> = [
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين']],
  [90, ['تسعون', 'تسعين']],
];

/** The unit stems that join مئة / مائة in one word: ثلاثمئة، أربعمائة، ثمانمئة… */
const HUNDRED_PREFIXES: ReadonlyArray<[number, readonly string[]]> = [
  [3, ['ثلاث']],
  [4, ['أربع']],
  [5, ['خمس']],
  [6, ['ست']],
  [7, ['سبع']],
  [8, ['ثمان', 'ثماني']],
  [9, ['تسع']],
];
const HUNDRED_SPELLINGS = ['مئة', 'مائة', 'ماية'];

function buildLexicon(): ReadonlyMap<string, NumberWord> {
  const entries: Array<[string, NumberWord]> = [];
  const add = (value: number, kind: Kind, spellings: readonly string[]) => {
    for (const spelling of spellings) entries.push([normalizeForMatch(spelling), { value, kind }]);
  };
  add(0, 'zero', ['صفر']);
  for (const [value, forms] of UNIT_FORMS) add(value, 'unit', forms);
  add(2, 'teenUnit', ['اثنا', 'اثني', 'اثنتا', 'اثنتي']);
  add(10, 'ten', ['عشرة', 'عشر']);
  for (const [value, forms] of TENS_FORMS) add(value, 'tens', forms);
  add(100, 'hundred', HUNDRED_SPELLINGS);
  add(200, 'hundreds', ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي']);
  for (const [unit, stems] of HUNDRED_PREFIXES) {
    add(
      unit * 100,
      'hundreds',
      stems.flatMap((stem) => HUNDRED_SPELLINGS.map((hundred) => stem + hundred)),
    );
  }
  add(1000, 'scale', ['ألف', 'ألفا']);
  add(1000, 'scalePlural', ['آلاف', 'ألوف']);
  add(2000, 'scaleDual', ['ألفان', 'ألفين', 'ألفي']);
  add(1_000_000, 'scale', ['مليون', 'مليونا']);
  add(1_000_000, 'scalePlural', ['ملايين']);
  add(2_000_000, 'scaleDual', ['مليونان', 'مليونين', 'مليوني']);
  add(1_000_000_000, 'scale', ['مليار', 'مليارا', 'بليون']);
  add(2_000_000_000, 'scaleDual', ['ملياران', 'مليارين', 'ملياري']);
  return new Map(entries);
}

const LEXICON = buildLexicon();
/**
 * With the article these are weekdays far more often than numbers: الأحد (Sunday), الاثنين (Monday). One and
 * two are not read after ال.
 */
const NO_ARTICLE = new Set(['أحد', 'إحدى', 'اثنين', 'اثنان', 'ست'].map(normalizeForMatch));
/** ألفا is ×1000 after a number ("أحد عشر ألفاً") and the construct dual 2000 alone ("ألفا شخص"). */
const ALFA = normalizeForMatch('ألفا');
const MILYUNA = normalizeForMatch('مليونا');
const AND = 'و';

/** A scale word (ألف، آلاف، مليون…) that multiplies a number written in digits before it ("3 آلاف"). */
export function arabicScaleOf(token: CountToken | undefined): number | undefined {
  if (token?.kind !== 'word') return undefined;
  const entry = LEXICON.get(token.text);
  return entry && (entry.kind === 'scale' || entry.kind === 'scalePlural') ? entry.value : undefined;
}

interface Lookup {
  readonly word: NumberWord;
  /** The word carried the conjunction و ("وعشرون"). */
  readonly conjunction: boolean;
}

/** The number word of a token: as written, or after proclitics (first word) / after و (following words). */
function lookup(token: CountToken | undefined, first: boolean): Lookup | undefined {
  if (token?.kind !== 'word') return undefined;
  if (!first && token.text.startsWith(AND)) {
    // After a number, a leading و is the conjunction: "وأحد" folds to "واحد" but is و + أحد.
    const word = LEXICON.get(token.text.slice(AND.length));
    if (word) return { word, conjunction: true };
  }
  const exact = LEXICON.get(token.text);
  if (exact) return { word: exact, conjunction: false };
  for (const split of procliticSplits(token.text)) {
    if (!first && split.form.written !== AND) continue;
    if (split.form.article && NO_ARTICLE.has(split.stem)) continue;
    const word = LEXICON.get(split.stem);
    if (word) return { word, conjunction: split.form.written === AND };
  }
  return undefined;
}

export interface ArabicNumberReading {
  readonly value: number;
  /** Index of the last token read. */
  readonly last: number;
  /**
   * Set when the number ended with unit + و + tens ("خمسة وعشرين"): after بين that is a range, "between five
   * and twenty", not 25.
   */
  readonly unitAndTens?: { readonly unit: number; readonly tens: number };
}

type Last = 'unit' | 'teen' | 'ten' | 'tens' | 'hundred' | 'scale';

const LAST_OF: Record<Kind, Last | null> = {
  zero: null,
  unit: 'unit',
  teenUnit: 'unit',
  ten: 'ten',
  tens: 'tens',
  hundred: 'hundred',
  hundreds: 'hundred',
  scale: 'scale',
  scalePlural: 'scale',
  scaleDual: 'scale',
};

/** Reads the Arabic number starting at tokens[first] (never beyond tokens[limit - 1]), or null. */
export function readArabicNumber(
  tokens: readonly CountToken[],
  first: number,
  limit: number,
): ArabicNumberReading | null {
  const head = lookup(tokens[first], true);
  if (!head || head.word.kind === 'scalePlural') return null;
  const { value, kind } = head.word;
  if (kind === 'zero') return { value: 0, last: first };
  let total = 0;
  let current = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let last = LAST_OF[kind] as Last;
  if (kind === 'scale' || kind === 'scaleDual') {
    // "ألفا" / "مليونا" alone are the construct dual: ألفا شخص = 2000 people.
    const constructDual = tokens[first]?.text === ALFA || tokens[first]?.text === MILYUNA;
    total = constructDual ? value * 2 : value;
    lastScale = kind === 'scaleDual' ? value / 2 : value;
  } else current = value;

  const steps: Array<{ joined: boolean; kind: Kind; value: number }> = [];
  let lastIndex = first;
  let index = first + 1;
  while (index < limit) {
    let at = index;
    let standaloneAnd = false;
    if (tokens[at]?.kind === 'word' && tokens[at]?.text === AND && at + 1 < limit) {
      standaloneAnd = true;
      at += 1;
    }
    const next = lookup(tokens[at], false);
    if (!next) break;
    const joined = standaloneAnd || next.conjunction;
    const { value: nextValue, kind: nextKind } = next.word;
    if (!joined) {
      if (nextKind === 'ten' && last === 'unit') {
        // أحد عشر، خمس عشرة: the unit and ten of 11–19, with no و.
        current += 10;
        last = 'teen';
      } else if (nextKind === 'hundred' && last === 'unit' && current >= 3 && current <= 9) {
        current *= 100; // ثلاث مئة
        last = 'hundred';
      } else if (
        (nextKind === 'scale' || nextKind === 'scalePlural') &&
        current > 0 &&
        nextValue < lastScale
      ) {
        total += current * nextValue; // خمسة آلاف، أحد عشر ألفاً، مائتا ألف
        current = 0;
        lastScale = nextValue;
        last = 'scale';
      } else break;
    } else if (last === 'unit' && nextKind === 'tens') {
      current += nextValue; // خمسة وعشرون: the unit comes first
      last = 'tens';
    } else if (last === 'hundred' && (nextKind === 'unit' || nextKind === 'ten' || nextKind === 'tens')) {
      current += nextValue; // مئة وخمسون
      last = LAST_OF[nextKind] as Last;
    } else if (
      last === 'scale' &&
      current === 0 &&
      nextValue < lastScale &&
      (nextKind === 'unit' ||
        nextKind === 'ten' ||
        nextKind === 'tens' ||
        nextKind === 'hundred' ||
        nextKind === 'hundreds')
    ) {
      current = nextValue; // ألف وخمسمئة
      last = LAST_OF[nextKind] as Last;
    } else break;
    steps.push({ joined, kind: nextKind, value: nextValue });
    lastIndex = at;
    index = at + 1;
  }
  // اثنا / اثني … must be followed by عشر: alone they are not a number.
  if (kind === 'teenUnit' && steps[0]?.kind !== 'ten') return null;
  const only = steps.length === 1 ? steps[0] : undefined;
  const unitAndTens =
    kind === 'unit' && only?.joined && only.kind === 'tens' ? { unit: value, tens: only.value } : undefined;
  return { value: total + current, last: lastIndex, ...(unitAndTens ? { unitAndTens } : {}) };
}
