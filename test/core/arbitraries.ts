/**
 * Shared fast-check generators for the core tests. They are biased towards what Spanlight's articles contain
 * and what breaks offset code: Arabic letters with stacked marks, tatweel, bidi controls, emoji sequences
 * (ZWJ families, flags, skin tones), astral characters, CR/LF/CRLF and byte order marks.
 */
import fc from 'fast-check';

/** Pieces of real-looking article text; several are multi-code-unit on purpose. */
export const ARTICLE_PIECES = [
  // Arabic letters (from "بالحسكة", "قتل", "سوريا")
  'ب',
  'ا',
  'ل',
  'ح',
  'س',
  'ك',
  'ة',
  'ق',
  'ت',
  'ي',
  'ر',
  'و',
  // Arabic combining marks: fatha, kasra, damma, shadda, sukun, superscript alef
  '\u064E',
  '\u0650',
  '\u064F',
  '\u0651',
  '\u0652',
  '\u0670',
  // tatweel, Arabic comma, Arabic-Indic digits
  '\u0640',
  '،',
  '٣',
  '٠',
  // bidi and joiner controls: LRM, RLM, ZWJ, ZWNJ, ALM
  '\u200E',
  '\u200F',
  '\u200D',
  '\u200C',
  '\u061C',
  // Latin, digits, decomposed e + acute (NFD), precomposed é
  'C',
  'E',
  'N',
  'a',
  'z',
  '7',
  'e\u0301',
  '\u00E9',
  // emoji: family (ZWJ sequence), flag (regional indicators), skin tone, VS16 heart, plain astral
  '👨‍👩‍👧‍👦',
  '🇸🇾',
  '👍🏽',
  '❤️',
  '😀',
  // astral non-emoji letter (mathematical bold A) and a CJK ideograph
  '𝐀',
  '中',
  // whitespace and line endings
  ' ',
  '  ',
  '\u00A0',
  '\t',
  '\n',
  '\r',
  '\r\n',
  // byte order mark / zero width no-break space, anywhere
  '\uFEFF',
] as const;

/** Text made of article pieces (may contain CR and BOMs: i.e. raw, not yet normalized). */
export const rawArticleText = (maxPieces = 40): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...ARTICLE_PIECES), { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Any UTF-16 code unit, lone surrogates included. */
export const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Strings of arbitrary code units, so lone and reversed surrogates occur. */
export const utf16String = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: utf16Unit, maxLength });

/**
 * A mix of the generators above and fast-check's own unicode strings, for properties that must hold on any
 * JavaScript string. `wellFormed` excludes lone surrogates (e.g. for UTF-8 round trips).
 */
export const anyText = (options: { wellFormed?: boolean } = {}): fc.Arbitrary<string> => {
  const sources: fc.Arbitrary<string>[] = [
    rawArticleText(),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc
      .array(fc.oneof(rawArticleText(6), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 8 })
      .map((parts) => parts.join('')),
  ];
  if (!options.wellFormed) sources.push(utf16String());
  return fc.oneof(...sources);
};

/** True when the UTF-16 offset falls between the two halves of a well-formed surrogate pair. */
export function insideSurrogatePair(text: string, utf16Offset: number): boolean {
  const before = text.charCodeAt(utf16Offset - 1);
  const after = text.charCodeAt(utf16Offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const referenceSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Reference grapheme boundaries (UTF-16 offsets, 0 and text.length included): the whole text segmented at
 * once with Intl.Segmenter, with none of the per-line shortcuts of src/core/text/graphemes.ts.
 */
export function referenceBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const { index } of referenceSegmenter.segment(text)) boundaries.add(index);
  return boundaries;
}
