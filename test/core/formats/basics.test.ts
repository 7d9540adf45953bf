/**
 * The pieces every format relies on: raw ↔ stored offsets, offset units, the tokenizer, quote anchoring and CSV
 * cells. Expected values are counted by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { csvRecord, guardCell, parseCsvRows, unguardCell } from '../../../src/core/formats/csvCodec';
import { createUnitIndex, detectOffsetUnit } from '../../../src/core/formats/offsetUnits';
import { exportTextMap, storedTextMap } from '../../../src/core/formats/storedText';
import { anchorQuote, quoteContext } from '../../../src/core/formats/textQuote';
import { splitOnJoiners, tokenize } from '../../../src/core/formats/tokenize';

describe('storedTextMap', () => {
  // raw:    \uFEFF a b \r \n c \r d      (UTF-16 offsets 0..8)
  // stored:        a b    \n c \n d      (0..6): the BOM and the CR of CRLF are dropped, the lone CR becomes LF
  const map = storedTextMap('\uFEFFab\r\nc\rd');

  it('normalizes like normalizeText', () => {
    expect(map.stored).toBe('ab\nc\nd');
  });

  it('maps raw offsets to stored ones', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(map.toStored)).toEqual([0, 0, 1, 2, 2, 3, 4, 5, 6]);
  });

  it('maps a stored start past dropped units and a stored end before them', () => {
    // stored 0 ("a"): raw 0 is the BOM, so a start is raw 1; stored 2 (the LF): raw 3 is its CR, raw 4 its LF.
    expect(map.toRawStart(0)).toBe(1);
    expect(map.toRawEnd(0)).toBe(0);
    expect(map.toRawStart(2)).toBe(4);
    expect(map.toRawEnd(2)).toBe(3);
    // "ab" is raw 1..3, and "c" is raw 5..6.
    expect([map.toRawStart(0), map.toRawEnd(2)]).toEqual([1, 3]);
    expect([map.toRawStart(3), map.toRawEnd(4)]).toEqual([5, 6]);
  });

  it('is the identity on a stored text', () => {
    const plain = storedTextMap('abc\ndef');
    expect(plain.stored).toBe('abc\ndef');
    expect([0, 3, 7].map(plain.toRawStart)).toEqual([0, 3, 7]);
  });

  it('exports a stored text starting with U+FEFF with one more BOM, so an import drops only that one', () => {
    const map2 = exportTextMap({ text: '\uFEFFx' });
    expect(map2.raw).toBe('\uFEFF\uFEFFx');
    expect(map2.toRawStart(0)).toBe(1);
    expect(map2.stored).toBe('\uFEFFx');
  });

  it('exports the kept original text when it still normalizes to the stored text', () => {
    expect(exportTextMap({ text: 'a\nb', meta: { rawText: 'a\r\nb' } }).raw).toBe('a\r\nb');
    // A stale original (the text is different) is ignored.
    expect(exportTextMap({ text: 'a\nc', meta: { rawText: 'a\r\nb' } }).raw).toBe('a\nc');
  });
});

describe('offset units', () => {
  // "é😀a": é is 1 UTF-16 unit / 1 code point / 2 bytes; 😀 is 2 units / 1 code point / 4 bytes.
  const units = createUnitIndex('é😀a');

  it('has the length of the text in each unit', () => {
    expect([units.length('utf16'), units.length('code-point'), units.length('utf8-byte')]).toEqual([4, 3, 7]);
  });

  it('converts offsets to UTF-16 and refuses offsets inside a character', () => {
    // "a" starts at UTF-16 3, code point 2, byte 6.
    expect(units.toUtf16(2, 'code-point')).toBe(3);
    expect(units.toUtf16(6, 'utf8-byte')).toBe(3);
    expect(units.toUtf16(1, 'utf8-byte')).toBeNull();
    expect(units.toUtf16(4, 'utf8-byte')).toBeNull();
    expect(units.toUtf16(2, 'utf16')).toBeNull();
    expect(units.toUtf16(4, 'code-point')).toBeNull();
    expect([
      units.fromUtf16(3, 'code-point'),
      units.fromUtf16(3, 'utf8-byte'),
      units.fromUtf16(1, 'utf8-byte'),
    ]).toEqual([2, 6, 2]);
  });

  it('judges the unit from span texts, preferring the documented one on a tie', () => {
    // "😀 Ali": as code points "Ali" is 2..5, as UTF-16 units 3..6.
    const asCodePoints = detectOffsetUnit(
      [{ text: '😀 Ali', spans: [{ start: 2, end: 5, text: 'Ali' }] }],
      ['code-point', 'utf16'],
    );
    expect(asCodePoints.unit).toBe('code-point');
    const asUnits = detectOffsetUnit(
      [{ text: '😀 Ali', spans: [{ start: 3, end: 6, text: 'Ali' }] }],
      ['code-point', 'utf16'],
    );
    expect(asUnits.unit).toBe('utf16');
    const ascii = detectOffsetUnit([{ text: 'Ali', spans: [{ start: 0, end: 3 }] }], ['code-point', 'utf16']);
    expect(ascii).toMatchObject({ unit: 'code-point', decided: false });
  });

  it('judges the unit without span texts by word boundaries', () => {
    // "😀 Ali went": spans 2..5 and 6..10 (code points) cut no word; read as UTF-16 they give " Al" and "went"→"ent ".
    const result = detectOffsetUnit(
      [
        {
          text: '😀 Ali went',
          spans: [
            { start: 2, end: 5 },
            { start: 6, end: 10 },
          ],
        },
      ],
      ['code-point', 'utf16'],
    );
    expect(result).toMatchObject({
      unit: 'code-point',
      decided: true,
      scores: { 'code-point': 2, utf16: 0 },
    });
  });
});

describe('tokenize', () => {
  const texts = (text: string) => tokenize(text).map((token) => token.text);

  it('splits Arabic punctuation and quotes off words but never splits clitics', () => {
    expect(texts('قال «المرصد»، إن ٣ قتلوا بالحسكة؛ لماذا؟')).toEqual([
      'قال',
      '«',
      'المرصد',
      '»',
      '،',
      'إن',
      '٣',
      'قتلوا',
      'بالحسكة',
      '؛',
      'لماذا',
      '؟',
    ]);
  });

  it('keeps numbers with separators, elisions and hyphenated words whole', () => {
    expect(texts('5.93 mln, 155,221 bags on 1996-12-06 at 12:30')).toEqual([
      '5.93',
      'mln',
      ',',
      '155,221',
      'bags',
      'on',
      '1996-12-06',
      'at',
      '12:30',
    ]);
    expect(texts("l'armée pro-government “Ali”")).toEqual(["l'armée", 'pro-government', '“', 'Ali', '”']);
  });

  it('keeps letters with their marks and emoji sequences whole, and reports UTF-16 offsets', () => {
    // "قُتِلَ 👨‍👩‍👧 x": the word is 6 units (3 letters, 3 marks), the family emoji 8 units.
    expect(tokenize('قُتِلَ 👨‍👩‍👧 x')).toEqual([
      { start: 0, end: 6, text: 'قُتِلَ' },
      { start: 7, end: 15, text: '👨‍👩‍👧' },
      { start: 16, end: 17, text: 'x' },
    ]);
  });

  it('splits a joined CoNLL text on its single spaces and line feeds only', () => {
    expect(splitOnJoiners('U.S. $#$\nx').map((token) => token.text)).toEqual(['U.S.', '$#$', 'x']);
  });
});

describe('anchorQuote', () => {
  const text = 'the cat sat; the cat ran; a cat';

  it('picks the occurrence whose context matches', () => {
    // "cat" is at 4, 17 and 28; the suffix " ran" only fits 17.
    expect(anchorQuote(text, { exact: 'cat', prefix: 'the ', suffix: ' ran' })).toMatchObject({
      ok: true,
      start: 17,
      end: 20,
      ambiguous: false,
    });
    expect(anchorQuote(text, { exact: 'cat', prefix: 'a ' })).toMatchObject({
      ok: true,
      start: 28,
      ambiguous: false,
    });
  });

  it('says when the context does not decide', () => {
    expect(anchorQuote(text, { exact: 'the cat' })).toMatchObject({
      ok: true,
      start: 0,
      ambiguous: true,
      candidates: 2,
    });
    // A position hint breaks the tie.
    expect(anchorQuote(text, { exact: 'the cat' }, 15)).toMatchObject({
      ok: true,
      start: 13,
      ambiguous: false,
    });
  });

  it('refuses a quote that is not in the text', () => {
    expect(anchorQuote(text, { exact: 'dog' })).toEqual({
      ok: false,
      reason: 'its quote "dog" is not in the text',
    });
  });

  it('takes context in code points, never splitting a surrogate pair', () => {
    // Two code points before "x" are "😀😀" (4 units); one after is "é".
    expect(quoteContext('a😀😀xéb', 5, 6, 2)).toEqual({ prefix: '😀😀', suffix: 'éb' });
    expect(quoteContext('😀x', 2, 3, 32)).toEqual({ prefix: '😀', suffix: '' });
  });
});

describe('CSV cells', () => {
  it('guards formula starts with an apostrophe and removes exactly one on reading', () => {
    for (const value of ['=SUM(A1)', '+1', '-5 killed', '@user', '\tx', "'quoted", "''two"]) {
      expect(guardCell(value)).toBe(`'${value}`);
      expect(unguardCell(guardCell(value))).toBe(value);
    }
    for (const value of ['Aleppo', 'الحسكة', '5 killed', '']) {
      expect(guardCell(value)).toBe(value);
      expect(unguardCell(guardCell(value))).toBe(value);
    }
  });

  it('quotes per RFC 4180 and ends records with CRLF', () => {
    expect(csvRecord(['a', 'b,c', 'say "hi"', 'x\ny'])).toBe('a,"b,c","say ""hi""","x\ny"\r\n');
  });

  it('reads back quoted fields with line breaks, and names the line of an unclosed quote', () => {
    expect(parseCsvRows('\uFEFFa,b\r\n"x\ny","z"\r\n\r\nq,r')).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x\ny', 'z'] },
        { line: 5, fields: ['q', 'r'] },
      ],
    });
    expect(parseCsvRows('a,b\n1,"2\n3,4')).toEqual({
      ok: false,
      reason: 'line 2: a quoted field is never closed',
    });
    expect(parseCsvRows('a;b\n1;2')).toMatchObject({
      ok: true,
      rows: [{ fields: ['a', 'b'] }, { fields: ['1', '2'] }],
    });
  });
});
