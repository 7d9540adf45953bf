export type TextDirection = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ku-arab',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

// Strong right-to-left letters: letters (\p{L}) of Hebrew, Arabic, Syriac, Thaana, NKo, the Arabic presentation
// forms included. Only letters: those scripts also hold digits (U+0660..U+0669, U+06F0..U+06F9), marks and
// punctuation, which are neutral. Script_Extensions (not Script) so that tatweel U+0640 (Script=Common,
// Bidi_Class AL) counts as right to left.
const RTL_LETTER = /(?=\p{L})[\p{scx=Hebrew}\p{scx=Arabic}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}]/gu;
const ANY_LETTER = /\p{L}/gu;

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

const NEUTRAL = 1;
const RTL = 2;
const LTR = 3;
const ONE_RTL_LETTER = new RegExp(`^${RTL_LETTER.source}$`, 'u');
const ONE_LETTER = new RegExp(`^${ANY_LETTER.source}$`, 'u');
/**
 * The class of each code unit of the Basic Multilingual Plane, filled on first sight (0 = not seen yet). Opening
 * an article classifies every paragraph: two Unicode-property regexes over 200,000 characters cost ~40 ms, a
 * table lookup per character a few. The regexes stay the definition: the table only caches their answers.
 */
const bmpClass = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (ONE_RTL_LETTER.test(char)) return RTL;
  return ONE_LETTER.test(char) ? LTR : NEUTRAL;
}

/** Letters written right to left vs other letters (digits and punctuation are neutral and not counted). */
export function strongLetterCounts(text: string): { rtl: number; ltr: number } {
  let rtl = 0;
  let ltr = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair: one code point outside the BMP (rare: no cache).
      kind = classify((unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000);
      i++;
    } else {
      kind = bmpClass[unit] as number;
      if (kind === 0) {
        // A lone surrogate is no letter, like in the regexes.
        kind = unit >= 0xd800 && unit <= 0xdfff ? NEUTRAL : classify(unit);
        bmpClass[unit] = kind;
      }
    }
    if (kind === RTL) rtl++;
    else if (kind === LTR) ltr++;
  }
  return { rtl, ltr };
}

function languageDirection(lang: string | undefined): TextDirection | null {
  if (!lang) return null;
  const tag = lang.toLowerCase();
  if (RTL_LANGUAGES.has(tag) || RTL_LANGUAGES.has(tag.split('-')[0] ?? '')) return 'rtl';
  if (/-arab\b/.test(tag) || /-hebr\b/.test(tag)) return 'rtl';
  return 'ltr';
}

/**
 * A document's base direction: its declared language when there is one, otherwise the majority of its strong
 * letters. Unlike the browser's dir="auto" (first strong character), an Arabic article whose first paragraph
 * starts with "CENTCOM" or a digit stays right to left.
 */
export function documentDirection(text: string, lang?: string): TextDirection {
  const declared = languageDirection(lang);
  if (declared) return declared;
  const { rtl, ltr } = strongLetterCounts(text);
  return rtl > ltr ? 'rtl' : 'ltr';
}

/** A paragraph takes the other direction only when most of its letters are written that way. */
export function paragraphDirection(paragraph: string, base: TextDirection): TextDirection {
  const { rtl, ltr } = strongLetterCounts(paragraph);
  if (base === 'rtl' && ltr > rtl) return 'ltr';
  if (base === 'ltr' && rtl > ltr) return 'rtl';
  return base;
}

const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/gu;

/**
 * A language tag when the script says it beyond doubt: "ar" for text written mostly in Arabic letters.
 * Latin-script languages (English, French…) cannot be told apart by script, so they stay undetected.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const letters = countMatches(sample, ANY_LETTER);
  if (letters < 20) return undefined;
  return countMatches(sample, ARABIC_LETTER) / letters > 0.6 ? 'ar' : undefined;
}
