import { describe, expect, it } from 'vitest';
import { findSearchHits } from '../../../src/core/search/findSearchHits';
import { parseSearchQuery } from '../../../src/core/search/searchQuery';

const hitsOf = (text: string, query: string) =>
  findSearchHits(text, parseSearchQuery(query)).map((hit) => text.slice(hit.start, hit.end));

describe('findSearchHits', () => {
  it.each([
    // Arabic: diacritics, tatweel, proclitics; the hit covers the word, never the proclitic.
    ['داعش', 'هاجم تنظيم داعش القرية', ['داعش']],
    ['داعش', 'مقاتلو دَاعِشٍ في المدينة', ['دَاعِشٍ']],
    ['داعش', 'هجوم لداعش ووداعش', ['داعش']],
    ['داعش', 'هجوم لداعش وداعش بداعش فبداعش', ['داعش', 'داعش', 'داعش', 'داعش']],
    ['داعش', 'تنظيم داعـــش', ['داعـــش']],
    ['داعش', 'العنصر الداعشي وداعشية', []],
    ['دَاعِش', 'هجوم لداعش', ['داعش']],
    // hamza forms, ta marbuta / ha, alef maqsura / ya
    ['اسرائيل', 'قصفت إسرائيل', ['إسرائيل']],
    ['الرقه', 'في الرقة وبالرقة', ['الرقة', 'الرقة']],
    ['مستشفى', 'إلى مستشفي المدينة', ['مستشفي']],
    ['الحسكة', 'وصل للحسكة أمس', ['لحسكة']],
    // English and French: case and accents folded, whole words only.
    ['sdf', 'The SDF and the sdf-led forces; SDFs', ['SDF', 'sdf']],
    ['armee', "L'armée syrienne et l'ARMÉE", ['armée', 'ARMÉE']],
    ['Alep', 'à Alep, près d’Alep', ['Alep', 'Alep']],
    // Phrases: words next to each other, across a line break; words: every part must be present.
    ['"قوات سوريا الديمقراطية"', 'قالت قوات سوريا\nالديمقراطية إن', ['قوات سوريا\nالديمقراطية']],
    ['"Deir ez-Zor" attack', 'An attack near Deir ez-Zor.', ['attack', 'Deir ez-Zor']],
    ['"Deir ez-Zor" attack', 'Deir ez-Zor was quiet.', []],
  ])('%s in %s', (query, text, expected) => {
    expect(hitsOf(text, query)).toEqual(expected);
  });

  it('gives context from the hit’s own line, cut at white space', () => {
    const text =
      'سطر أول\nقال مصدر محلي إن عناصر من داعش هاجموا نقطة عسكرية قرب دير الزور صباح اليوم\nسطر آخر';
    const [hit] = findSearchHits(text, parseSearchQuery('داعش'), { context: 20 });
    expect(hit?.snippet.match).toBe('داعش');
    expect(hit?.snippet.before).toBe('محلي إن عناصر من ');
    expect(hit?.snippet.after).toBe(' هاجموا نقطة عسكرية');
    expect(hit?.snippet.clippedBefore).toBe(true);
    expect(hit?.snippet.clippedAfter).toBe(true);
  });

  it('never reports a hit inside a grapheme', () => {
    expect(hitsOf('ok 👍🏽 fine', '🏽')).toEqual([]);
  });

  it('has no hits for a query without letters or digits', () => {
    expect(hitsOf('a , b', ',')).toEqual([]);
  });
});
