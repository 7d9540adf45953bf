/**
 * Arabic proclitics: the letters written joined to the front of a word. A name in the registry is "الحسكة", the
 * article says "بالحسكة", "والحسكة", "للحسكة"; an actor "قسد" appears as "لقسد", "وقسد". Only the prefixes
 * Arabic grammar allows, in its order: a conjunction (و، ف), then a preposition (ب، ك، ل), then the article
 * (ال), each optional. ل + ال is written لل (the article's alef drops): "للحسكة" is ل + الحسكة.
 * The future prefix س and the enclitic pronouns (ـه، ـها، ـهم) are not stripped: they attach to verbs and
 * possessed nouns, not to the names, numbers and casualty words this is used for.
 */
import { foldWithOffsets } from './matchFold';

/** One way of reading the front of a word as proclitics. All strings are folded (see matchFold). */
export interface ProcliticForm {
  /** The letters as written, e.g. "وبال", "لل". */
  readonly written: string;
  /** Conjunction و or ف, if any. */
  readonly conjunction: '' | 'و' | 'ف';
  /** Preposition ب, ك or ل, if any. */
  readonly preposition: '' | 'ب' | 'ك' | 'ل';
  /** Whether the written letters end with the article (ال, or the ل of لل). */
  readonly article: boolean;
}

function buildForms(): readonly ProcliticForm[] {
  const forms: ProcliticForm[] = [];
  for (const conjunction of ['', 'و', 'ف'] as const) {
    for (const preposition of ['', 'ب', 'ك', 'ل'] as const) {
      for (const article of [false, true]) {
        const written =
          conjunction + (preposition === 'ل' && article ? 'لل' : preposition + (article ? 'ال' : ''));
        if (written) forms.push({ written, conjunction, preposition, article });
      }
    }
  }
  // Longest first, so a caller taking the first fitting form takes the most letters.
  return forms.sort((a, b) => b.written.length - a.written.length);
}

/** Every proclitic sequence (23 of them), longest first. */
export const PROCLITIC_FORMS: readonly ProcliticForm[] = buildForms();

const FORM_BY_WRITTEN: ReadonlyMap<string, ProcliticForm> = new Map(
  PROCLITIC_FORMS.map((form) => [form.written, form]),
);

/** The forms by their first letter, each list in PROCLITIC_FORMS order. */
const FORMS_BY_FIRST_LETTER: ReadonlyMap<string, readonly ProcliticForm[]> = (() => {
  const byLetter = new Map<string, ProcliticForm[]>();
  for (const form of PROCLITIC_FORMS) {
    const letter = form.written.charAt(0);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), form]);
  }
  return byLetter;
})();

/** The proclitic form spelled exactly `written` (folded letters), if Arabic grammar allows it. */
export function procliticForm(written: string): ProcliticForm | undefined {
  return FORM_BY_WRITTEN.get(written);
}

/** A stem must keep at least this many letters, or nothing is stripped ("بل" stays "بل", never ب + ل). */
export const MIN_STEM_LETTERS = 2;

/** A reading of a folded word as proclitics + stem. */
export interface ProcliticSplit {
  readonly form: ProcliticForm;
  /** Folded letters of the stem, without the proclitics. */
  readonly stem: string;
  /** How many folded code units the proclitics take at the front of the word. */
  readonly length: number;
}

/**
 * Splits already made, by word: news text repeats its words, and the number reader asks about a word once per
 * qualifier phrase. Bounded: cleared when full.
 */
const splitsByWord = new Map<string, readonly ProcliticSplit[]>();
const MAX_CACHED_WORDS = 20_000;

/**
 * Every way of reading a FOLDED word as proclitics + a stem of at least two letters, fewest letters stripped
 * first. The word itself (nothing stripped) is not included.
 */
export function procliticSplits(foldedWord: string): readonly ProcliticSplit[] {
  const cached = splitsByWord.get(foldedWord);
  if (cached) return cached;
  const splits: ProcliticSplit[] = [];
  // Only the forms that begin with the word's first letter (most words begin with none): every word of an
  // imported library goes through here, for its search terms and for the casualty figures read near counts.
  for (const form of FORMS_BY_FIRST_LETTER.get(foldedWord.charAt(0)) ?? []) {
    if (!foldedWord.startsWith(form.written)) continue;
    const stem = foldedWord.slice(form.written.length);
    if (stem.length < MIN_STEM_LETTERS) continue;
    splits.push({ form, stem, length: form.written.length });
  }
  splits.sort((a, b) => a.length - b.length);
  if (splitsByWord.size >= MAX_CACHED_WORDS) splitsByWord.clear();
  // Shared between callers, so frozen: none may change another's answer.
  const frozen = Object.freeze(splits);
  splitsByWord.set(foldedWord, frozen);
  return frozen;
}

/**
 * Candidate stems of a word, as written (marks and spelling kept), the word itself first: "بالحسكة" →
 * ["بالحسكة", "الحسكة", "حسكة"]. The word itself always stays a candidate because its first letters may be
 * its own (وليد، بلدة، كركوك، فلوجة). After لل the article's alef is restored as a candidate of its own:
 * "للحسكة" → ["للحسكة", "لحسكة", "الحسكة", "حسكة"]. Nothing is stripped when fewer than two letters would
 * remain.
 */
export function stripClitics(word: string): string[] {
  const folded = foldWithOffsets(word);
  const candidates: string[] = [word];
  for (const split of procliticSplits(folded.folded)) {
    const stemStart = folded.sourceStart[split.length];
    if (stemStart === undefined) continue;
    const stem = word.slice(stemStart);
    if (split.form.preposition === 'ل' && split.form.article) {
      // لل: the stem after both lams lost the article's alef; offer it with the article restored too.
      candidates.push(`ال${stem}`);
    }
    candidates.push(stem);
  }
  return [...new Set(candidates)];
}
