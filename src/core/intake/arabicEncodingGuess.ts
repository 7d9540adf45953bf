/**
 * Telling windows-1256 from ISO-8859-6 when a file has neither a BOM nor valid UTF-8. Both put Arabic letters
 * in the upper half of the byte range and agree on hamza … dad (0xC1–0xD6); they diverge after that, and the
 * wrong choice shows in ways that are easy to count:
 * - windows-1256 text read as ISO-8859-6 hits bytes ISO-8859-6 leaves unmapped (ف ق ك غ and the Arabic comma
 *   are among them) and turns 0x80–0x9F (پ چ گ …) into C1 control characters;
 * - ISO-8859-6 text read as windows-1256 puts French letters inside Arabic words (و → è, ي → ê, ه → ç).
 * - the definite article "ال", the commonest letter pair in Arabic, turns into "ان" (ISO-8859-6 read as
 *   windows-1256) or "اف" (the reverse) at the start of words.
 * So each reading scores +1 per Arabic letter in a word of Arabic letters only, minus the letters of every word
 * mixing Arabic and Latin letters, +2 per word starting with "ال" (after an optional و ب ف ك ل prefix), +1 per
 * Arabic comma, semicolon or question mark, minus 5 per unmapped byte or C1 control. Marks (tanween, harakat) score 0:
 * windows-1256 ي and ى read as ISO-8859-6 become tanween, which must not count as evidence. The higher score
 * wins; a tie goes to windows-1256, by far the more common of the two, and the caller reports the result as a
 * guess so the user can pick the other reading from a preview.
 */

export type ArabicLegacyEncoding = 'windows-1256' | 'iso-8859-6';

/** Bytes looked at: enough to decide, and bounded so a 50 MB file is not decoded twice in full. */
const SAMPLE_BYTES = 1 << 20;
const ENCODING_ERROR_PENALTY = 5;

const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_LETTER = /[\u0620-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const ARABIC_PUNCTUATION = /[\u060C\u061B\u061F]/gu;
const DEFINITE_ARTICLE = /^[وبفكل]?ال/u;
const DEFINITE_ARTICLE_BONUS = 2;
const ENCODING_ERROR = /[\uFFFD\u0080-\u009F]/gu;

export function guessArabicEncoding(bytes: Uint8Array): ArabicLegacyEncoding {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  return readingScore('iso-8859-6', sample) > readingScore('windows-1256', sample)
    ? 'iso-8859-6'
    : 'windows-1256';
}

/** A runtime without the legacy tables (a Node built with small-icu) throws here: that reading cannot win. */
function readingScore(encoding: ArabicLegacyEncoding, sample: Uint8Array): number {
  try {
    return scoreArabicReading(new TextDecoder(encoding).decode(sample));
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

/** How much a decoded text looks like Arabic read with the right table (see the file comment). */
export function scoreArabicReading(text: string): number {
  let score = 0;
  for (const [word] of text.matchAll(WORD)) {
    let arabic = 0;
    let latin = 0;
    for (const char of word) {
      if (ARABIC_LETTER.test(char)) arabic++;
      else if (LATIN_LETTER.test(char)) latin++;
    }
    score += arabic > 0 && latin > 0 ? -(arabic + latin) : arabic;
    if (latin === 0 && DEFINITE_ARTICLE.test(word)) score += DEFINITE_ARTICLE_BONUS;
  }
  score += text.match(ARABIC_PUNCTUATION)?.length ?? 0;
  score -= ENCODING_ERROR_PENALTY * (text.match(ENCODING_ERROR)?.length ?? 0);
  return score;
}
