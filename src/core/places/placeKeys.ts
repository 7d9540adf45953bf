/**
 * The keys a place name is found by. A name is folded like every match (events/matchFold: hamza seats, ta
 * marbuta, alef maqsura, tatweel, diacritics, Latin case and accents), then the transliteration marks of
 * GeoNames spellings are dropped (‘Afrīn, Al Qā’im, Dar‘ā) and hyphens become spaces (Deir ez-Zor). A name
 * is also found without its article: "Raqqa" finds "Ar Raqqah", "رقة" finds "الرقة".
 */
import { normalizeForMatch } from '../events/matchFold';

/** Apostrophes and the ayn/hamza letters of transliterations: not letters a searcher types. */
const TRANSLITERATION_MARKS = /['’‘`´ʼʻʿʾ]/g;
const SEPARATORS = /[-‐‑–—_.,،/]+/g;
/** The Arabic article as GeoNames transliterates it, sun letters assimilated (Ar Raqqah, Ash Shaddadi, El …). */
const LATIN_ARTICLE = /^(?:al|el|ar|as|ash|ad|adh|an|at|ath|az|aş|aḑ)[ -]/;
const ARABIC_ARTICLE = 'ال';

/** The main key of a name or a query: folded, transliteration marks dropped, one space between words. */
export function placeKey(name: string): string {
  return normalizeForMatch(name)
    .replace(TRANSLITERATION_MARKS, '')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key without a leading article, or null when the name has none (or nothing would remain). */
export function withoutArticle(key: string): string | null {
  const latin = LATIN_ARTICLE.exec(key);
  if (latin && key.length - latin[0].length >= 2) return key.slice(latin[0].length);
  if (key.startsWith(ARABIC_ARTICLE) && key.length - ARABIC_ARTICLE.length >= 2) {
    return key.slice(ARABIC_ARTICLE.length);
  }
  return null;
}

/** Every key a name is indexed under: its key and, if it has an article, the key without it. */
export function placeKeysOf(name: string): string[] {
  const key = placeKey(name);
  if (key === '') return [];
  const bare = withoutArticle(key);
  return bare && bare !== key ? [key, bare] : [key];
}
