/**
 * A search key for matching, never for storing: Arabic letters folded the way readers treat them as the same
 * (hamza seats on alef, alef wasla, ta marbuta/ha, alef maqsura/ya), diacritics and tatweel dropped, Latin
 * lower-cased with its accents dropped. "الرقّة", "الرقه" and "ALRAQQA"-style typing find each other's words.
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const COMBINING = /\p{M}/gu;

export function searchFold(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase();
}
