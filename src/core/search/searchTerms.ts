/**
 * The terms under which a document is found in the corpus search index: its distinct words, folded the way
 * matching folds them (see events/matchFold: diacritics and tatweel dropped, hamza seats on alef → ا, ؤ ئ → ء,
 * ة → ه, ى → ي, Latin lower-cased without accents, Arabic-Indic digits → 0-9), plus, for an Arabic word with
 * proclitics, the stems without them.
 *
 * What counts as a hit for a query word (decided here, and the hit finder agrees):
 * - the word itself, however it is vowelled or spelled among the folded variants: داعش = دَاعِش = داعـش;
 * - the word with proclitics in front (a conjunction و ف, a preposition ب ك ل, the article ال, in that
 *   order): داعش finds لداعش, وداعش, بداعش, فبداعش; الحسكة finds بالحسكة and للحسكة;
 * - NOT the word with letters after it: داعش does not find الداعشي ("the Daesh member", another word) or
 *   داعشية. Suffixes (enclitic pronouns, nisba, plural) change the word; a researcher who wants those searches
 *   for them. Nor a word inside a longer word: "sdf" does not find "sdfs".
 *
 * A word is a run of letters and digits (Unicode \p{L}\p{N}) in the folded text; everything else separates
 * words. The index may hold stems that are not real proclitics (وليد → ليد): that only makes a document a
 * candidate, the hit finder then decides.
 */
import { procliticSplits } from '../events/clitics';
import { foldText } from '../events/matchFold';

const ARABIC_LETTER = /^[\u0620-\u064A\u0671-\u06D3]/;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** The folded words of a text, in order, repeats kept. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  eachWord(foldText(text), (word) => words.push(word));
  return words;
}

/** Per BMP code unit: 0 not looked at yet, 1 a letter or digit, 2 not, 3 a surrogate (read as a code point). */
const wordUnitKind = new Uint8Array(0x10000);

function kindOfUnit(unit: number): number {
  const kind = unit >= 0xd800 && unit <= 0xdfff ? 3 : WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
  wordUnitKind[unit] = kind;
  return kind;
}

/**
 * Calls `visit` with each word of `text` in order: each run of letters and digits (`/[\p{L}\p{N}]+/gu`), read
 * off a table of code units. The regular expression and the array of its matches were a third of what the
 * search index spent on an import's texts.
 */
export function eachWord(text: string, visit: (word: string) => void): void {
  const length = text.length;
  let start = -1;
  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    let kind = wordUnitKind[unit] as number;
    if (kind === 0) kind = kindOfUnit(unit);
    let width = 1;
    let inWord = kind === 1;
    if (kind === 3) {
      // A surrogate pair is one code point (letters beyond the BMP are words too); a lone surrogate is not.
      const codePoint = text.codePointAt(index) ?? unit;
      if (codePoint > 0xffff) width = 2;
      inWord = width === 2 && WORD_CHARACTER.test(String.fromCodePoint(codePoint));
    }
    if (inWord) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      visit(text.slice(start, index));
      start = -1;
    }
    index += width;
  }
  if (start >= 0) visit(text.slice(start));
}

/** A folded word and the stems it may be found under (itself first), without repeats. */
export function termsOfWord(word: string): string[] {
  const terms = [word];
  if (!ARABIC_LETTER.test(word)) return terms;
  for (const split of procliticSplits(word)) {
    // لل is ل + ال with the article's alef dropped: للحسكة is also found as الحسكة.
    if (split.form.preposition === 'ل' && split.form.article) terms.push(`ال${split.stem}`);
    terms.push(split.stem);
  }
  return [...new Set(terms)];
}

/**
 * termsOfWord of the words met so far. News articles share most of their words, and splitting proclitics off every
 * distinct word of every document was a third of the time an import of 2,000 articles spent computing terms
 * (benchmark profile). A pure function's answers, so keeping them changes nothing; dropped whole past CACHE_LIMIT.
 * Each entry also holds the last call of eachSearchTerm that met the word, so that a text's repeats are skipped.
 */
interface WordEntry {
  readonly terms: readonly string[];
  metIn: number;
}
const wordEntries = new Map<string, WordEntry>();
const CACHE_LIMIT = 100_000;
/** Numbers the calls of eachSearchTerm, for WordEntry.metIn. */
let calls = 0;

function entryOf(word: string): WordEntry {
  let entry = wordEntries.get(word);
  if (entry === undefined) {
    if (wordEntries.size >= CACHE_LIMIT) wordEntries.clear();
    entry = { terms: termsOfWord(word), metIn: 0 };
    wordEntries.set(word, entry);
  }
  return entry;
}

/** Every distinct index term of a text (order unspecified). */
export function searchTermsOf(text: string): string[] {
  const terms = new Set<string>();
  eachSearchTerm(text, (term) => terms.add(term));
  return [...terms];
}

/**
 * Calls `visit` with the index terms of a text: each of searchTermsOf's, in no particular order, some more than
 * once (two words can share a stem). For callers that drop repeats their own way: the search index's postings
 * already do, and a set of each document's terms was a fifth of what indexing an import cost. A word met again in
 * the same text is skipped by the mark on its cached entry rather than a set of the text's words.
 */
export function eachSearchTerm(text: string, visit: (term: string) => void): void {
  const call = ++calls;
  eachWord(foldText(text), (word) => {
    const entry = entryOf(word);
    if (entry.metIn === call) return;
    entry.metIn = call;
    for (const term of entry.terms) visit(term);
  });
}
