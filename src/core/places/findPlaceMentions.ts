/**
 * Latin place names in a text (English, French… articles), for pre-annotation from the gazetteer: runs of one
 * to four capitalised words ("Deir ez-Zor" and "Ar Raqqah" count their lower-case particles) whose key is
 * exactly a gazetteer name. GeoNames has a town for many everyday words ("Of", "Police", "Mobile"), so only a
 * place that matters is proposed: a country, a first-level division or its seat, a capital, or a town of at
 * least `minPopulation`. Arabic names are found by the Arabic matcher instead (suggestions/preAnnotate).
 *
 * Offsets are UTF-16 code units into `text`, half-open; matches never overlap (the longest wins, then the first).
 */
import type { SearchablePlace } from './gazetteerEntry';
import { placeKey } from './placeKeys';
import type { PlaceSearchIndex } from './placeSearch';

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly place: SearchablePlace;
}

/** Latin words (letters with their accents, inner hyphens and apostrophes: Deir ez-Zor, Ma‘arrat). */
const WORD = /[\p{Script=Latin}][\p{Script=Latin}\p{M}'’‘ʿ-]*/gu;
const PARTICLES = new Set([
  'al',
  'el',
  'ar',
  'as',
  'ash',
  'ad',
  'an',
  'at',
  'az',
  'ez',
  'es',
  'de',
  'la',
  'le',
]);
const IMPORTANT = new Set(['PCLI', 'PPLC', 'ADM1', 'PPLA']);
const MAX_WORDS = 4;
const ATTACHED_PARTICLE = /^(?:al|el|ar|as|ash|ad|an|at|az|ez|es)[-‐]/i;

/** Starts with a capital, after an attached particle if any ("ez-Zor", "al-Bab"). */
const capitalised = (word: string) => /^\p{Lu}/u.test(word.replace(ATTACHED_PARTICLE, ''));

export function isImportantPlace(place: SearchablePlace, minPopulation: number): boolean {
  return IMPORTANT.has(place.featureCode ?? '') || (place.population ?? 0) >= minPopulation;
}

export function findPlaceMentions(
  text: string,
  index: PlaceSearchIndex,
  options: { minPopulation?: number } = {},
): PlaceMention[] {
  const minPopulation = options.minPopulation ?? 50_000;
  const words = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0],
  }));
  const mentions: PlaceMention[] = [];
  let at = 0;
  while (at < words.length) {
    const first = words[at] as (typeof words)[number];
    let found: PlaceMention | null = null;
    let used = 1;
    if (/^\p{Lu}/u.test(first.word)) {
      for (let count = Math.min(MAX_WORDS, words.length - at); count >= 1 && !found; count--) {
        const run = words.slice(at, at + count);
        const last = run[run.length - 1] as (typeof words)[number];
        // Words of one name are separated by single spaces only; inner words are capitalised or particles.
        const joined = run.every(
          (word, i) => i === 0 || text.slice((run[i - 1] as typeof word).end, word.start) === ' ',
        );
        const shaped = run.every(
          (word, i) => i === 0 || capitalised(word.word) || PARTICLES.has(word.word.toLowerCase()),
        );
        if (!joined || !shaped || !capitalised(last.word)) continue;
        const place = index
          .exactly(placeKey(text.slice(first.start, last.end)))
          .find((candidate) => isImportantPlace(candidate, minPopulation));
        if (place) {
          found = { start: first.start, end: last.end, place };
          used = count;
        }
      }
    }
    if (found) mentions.push(found);
    at += used;
  }
  return mentions;
}
