/**
 * decodeText: UTF-8, UTF-16 with a BOM, windows-1256 and ISO-8859-6, a guess between the last two, and
 * refusals (binary, UTF-32, broken bytes). Byte arrays are written or encoded here with the test's own tables
 * (support.ts), which are first checked against the runtime's TextDecoder. Positions in reasons are bytes.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDocument } from '../../../src/core/document';
import {
  decodeText,
  TEXT_ENCODING_CHOICES,
  type TextEncodingChoice,
} from '../../../src/core/intake/decodeText';
import { anyText } from '../arbitraries';
import { assertReason, encodeSingleByte, encodeUtf16, ISO_8859_6, utf8, WINDOWS_1256 } from './support';

// Property tests run hundreds of cases: a wide per-test limit keeps a loaded CI machine from timing out.
vi.setConfig({ testTimeout: 120_000 });

const RUNS = { numRuns: 300 };

const ARABIC = 'قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف على مدينة الحسكة، بحسب المرصد السوري لحقوق الإنسان.';
const ARABIC_2 =
  'أعلنت قوات سوريا الديمقراطية السيطرة على قرية جديدة في ريف دير الزور الشرقي؛ هل انتهت المعارك؟';
const ENGLISH = 'Three civilians were killed in Hasakah, the Observatory said.';
const FRENCH = 'Trois civils ont été tués à Hassaké, selon l’Observatoire.';

describe('the test tables agree with the runtime decoders', () => {
  it.each([
    ['windows-1256', WINDOWS_1256],
    ['iso-8859-6', ISO_8859_6],
  ] as const)('%s', (encoding, table) => {
    const decoder = new TextDecoder(encoding);
    for (const [char, byte] of table) expect(decoder.decode(Uint8Array.of(byte)), `byte ${byte}`).toBe(char);
  });

  it('a hard-coded windows-1256 byte list reads "قتل في الحسكة"', () => {
    const bytes = Uint8Array.of(0xde, 0xca, 0xe1, 0x20, 0xdd, 0xed, 0x20, 0xc7, 0xe1, 0xcd, 0xd3, 0xdf, 0xc9);
    expect(new TextDecoder('windows-1256').decode(bytes)).toBe('قتل في الحسكة');
    expect(encodeSingleByte('قتل في الحسكة', WINDOWS_1256)).toEqual(bytes);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: 'قتل في الحسكة',
      encoding: 'windows-1256',
      certainty: 'guessed',
    });
  });
});

describe('decodeText: byte order marks decide', () => {
  it.each([
    [
      'UTF-8 BOM, Arabic + CRLF',
      [0xef, 0xbb, 0xbf, ...utf8(`${ARABIC}\r\n${ENGLISH}`)],
      'utf-8',
      `\uFEFF${ARABIC}\r\n${ENGLISH}`,
    ],
    ['UTF-16 LE BOM, Arabic', [...encodeUtf16(ARABIC, true, true)], 'utf-16le', `\uFEFF${ARABIC}`],
    ['UTF-16 BE BOM, Arabic', [...encodeUtf16(ARABIC, false, true)], 'utf-16be', `\uFEFF${ARABIC}`],
    ['UTF-16 LE BOM, French', [...encodeUtf16(FRENCH, true, true)], 'utf-16le', `\uFEFF${FRENCH}`],
    [
      'UTF-16 BE BOM, English + emoji',
      [...encodeUtf16(`${ENGLISH} 😀`, false, true)],
      'utf-16be',
      `\uFEFF${ENGLISH} 😀`,
    ],
    // Hand-written: FF FE, then "ق" U+0642 as 42 06, "a" as 61 00.
    ['UTF-16 LE BOM, hand-written bytes', [0xff, 0xfe, 0x42, 0x06, 0x61, 0x00], 'utf-16le', '\uFEFFقa'],
    ['UTF-16 BE BOM, hand-written bytes', [0xfe, 0xff, 0x06, 0x42, 0x00, 0x61], 'utf-16be', '\uFEFFقa'],
    ['UTF-16 LE BOM only', [0xff, 0xfe], 'utf-16le', '\uFEFF'],
  ])('%s', (_name, bytes, encoding, text) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({ ok: true, text, encoding, certainty: 'bom' });
  });

  it('keeps the BOM as U+FEFF so createDocument drops exactly one', () => {
    const decoded = decodeText(encodeUtf16(`\uFEFF${ARABIC}\r\n`, true, true));
    expect(decoded.ok && decoded.text).toBe(`\uFEFF\uFEFF${ARABIC}\r\n`);
    const stored = createDocument({ title: 't', text: decoded.ok ? decoded.text : '' }, 'id', 0).text;
    expect(stored).toBe(`\uFEFF${ARABIC}\n`);
  });
});

describe('decodeText: UTF-8 without a BOM', () => {
  it.each([
    ['empty', '', ''],
    ['Arabic', ARABIC, ARABIC],
    ['English', ENGLISH, ENGLISH],
    ['French', FRENCH, FRENCH],
  ])('%s is valid UTF-8', (_name, text, expected) => {
    expect(decodeText(utf8(text))).toEqual({
      ok: true,
      text: expected,
      encoding: 'utf-8',
      certainty: 'valid-utf8',
    });
  });
});

describe('decodeText: legacy Arabic encodings are guessed', () => {
  it.each([
    ['windows-1256', WINDOWS_1256, ARABIC],
    ['windows-1256', WINDOWS_1256, ARABIC_2],
    ['windows-1256', WINDOWS_1256, `${ARABIC}\r\n${ARABIC_2}\r\n`],
    ['iso-8859-6', ISO_8859_6, ARABIC],
    ['iso-8859-6', ISO_8859_6, ARABIC_2],
    ['iso-8859-6', ISO_8859_6, `${ARABIC}\n${ARABIC_2}\n`],
    // French in windows-1256 (it has é, è, à, ç): ISO-8859-6 would put Arabic letters inside French words.
    ['windows-1256', WINDOWS_1256, 'Trois civils ont été tués à la frontière, déclaré près de la ville.'],
    // Mixed: an English line and an Arabic line.
    ['iso-8859-6', ISO_8859_6, `Reuters, Hasakah:\n${ARABIC_2}`],
  ] as const)('%s: %s', (encoding, table, text) => {
    expect(decodeText(encodeSingleByte(text, table))).toEqual({
      ok: true,
      text,
      encoding,
      certainty: 'guessed',
    });
  });

  // Real Arabic news vocabulary. A sentence has at least four words, the punctuation the two encodings put at
  // different bytes, and at least one word with the definite article: a real news sentence nearly always has
  // one, and without any (see the next test) the two readings can be equally plausible letter strings.
  const WITH_ARTICLE = [
    'الحسكة',
    'الديمقراطية',
    'المرصد',
    'السوري',
    'الإنسان',
    'الزور',
    'الجيش',
    'التركي',
    'الأحد',
  ];
  const WITHOUT_ARTICLE = [
    'قتل',
    'مدنيين',
    'في',
    'قصف',
    'على',
    'مدينة',
    'قوات',
    'سوريا',
    'لحقوق',
    'ريف',
    'دير',
    'حلب',
    'إدلب',
    'غارة',
    'جوية',
    'أطفال',
    'ثلاثة',
    'خمسة',
    'مقتل',
    'وأصيب',
    'آخرون',
    'ضد',
    'تنظيم',
    'داعش',
    'ظهر',
    'يوم',
  ];
  const separator = fc.constantFrom(' ', ' ', ' ', '، ', '؛ ', '\n', '؟ ', '. ');
  const words = (source: readonly string[], minLength: number) =>
    fc.array(fc.tuple(fc.constantFrom(...source), separator), { minLength, maxLength: 15 });
  const sentence = fc
    .tuple(words(WITHOUT_ARTICLE, 0), words(WITH_ARTICLE, 1), words([...WITHOUT_ARTICLE, ...WITH_ARTICLE], 0))
    .filter(([a, b, c]) => a.length + b.length + c.length >= 4)
    .map((parts) =>
      parts
        .flat()
        .map(([word, after]) => word + after)
        .join(''),
    );

  it.each([
    ['windows-1256', WINDOWS_1256],
    ['iso-8859-6', ISO_8859_6],
  ] as const)('reads any such %s text back unchanged', (_encoding, table) => {
    fc.assert(
      fc.property(sentence, (text) => {
        const decoded = decodeText(encodeSingleByte(text, table));
        expect(decoded.ok && decoded.text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('flags a text without any distinguishing letter as a guess (both readings are Arabic letters)', () => {
    // ISO-8859-6 "إدلب ثلاثة" reads in windows-1256 as "إدنب ثناثة": no Latin letter, no hole, no article.
    const bytes = encodeSingleByte('إدلب ثلاثة', ISO_8859_6);
    expect(new TextDecoder('windows-1256').decode(bytes)).toBe('إدنب ثناثة');
    const decoded = decodeText(bytes);
    expect(decoded.ok && decoded.certainty).toBe('guessed');
    expect(decoded.ok && ['إدلب ثلاثة', 'إدنب ثناثة'].includes(decoded.text)).toBe(true);
  });
});

describe('decodeText: damaged UTF-8 is refused, not guessed into mojibake', () => {
  it('names a file cut in the middle of a 2-byte character', () => {
    const whole = utf8(ARABIC);
    const cut = whole.subarray(0, whole.length - 2); // drops "." and the second byte of the final "ن"
    expect(cut[cut.length - 1]).toBe(0xd9);
    expect(decodeText(cut)).toEqual({
      ok: false,
      reason: `it is UTF-8 cut short in the middle of a character (byte 0xd9 at byte ${cut.length - 1})`,
    });
  });

  it('names a file cut after two bytes of a 3-byte character', () => {
    const bytes = utf8(`${FRENCH} 5 €`).subarray(0, -1);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      reason: `it is UTF-8 cut short in the middle of a character (byte 0xe2 at byte ${bytes.length - 2})`,
    });
  });

  it('names the first of a few Latin-1 bytes pasted into UTF-8', () => {
    const before = utf8(`${FRENCH} ${ARABIC} caf`);
    const bytes = Uint8Array.from([...before, 0xe9, ...utf8(` ${ARABIC} d`), 0xe9, 0x6a, 0xe0]);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      reason: `it is UTF-8 broken in 3 places (the first: byte 0xe9 at byte ${before.length}); it may be damaged or mix two encodings`,
    });
  });

  it('still guesses a legacy file that happens to hold a valid UTF-8 pair ("ة،" is C9 A1 in windows-1256)', () => {
    const text = `${ARABIC} الحسكة، حلب`;
    expect(decodeText(encodeSingleByte(text, WINDOWS_1256))).toMatchObject({
      ok: true,
      text,
      certainty: 'guessed',
    });
  });

  it('refuses any Arabic UTF-8 text cut inside a character after its first letter', () => {
    const arabicWords = fc
      .array(fc.constantFrom('قتل', 'مدنيين', 'الحسكة', 'حلب', 'سوريا'), { minLength: 2, maxLength: 20 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(arabicWords, fc.nat(), (text, at) => {
        const bytes = utf8(text);
        // Offsets inside a 2-byte Arabic letter are those right after a lead byte (0xD8 or 0xD9).
        // The first letter is kept whole: a lone lead byte is as much windows-1256 "ظ" as a cut "ن".
        const inside = [...bytes.keys()].filter((i) => i > 2 && (bytes[i - 1] as number) >= 0xd8);
        const cut = inside[at % inside.length] as number;
        const result = decodeText(bytes.subarray(0, cut));
        expect(result).toEqual({ ok: false, reason: expect.stringContaining('UTF-8 cut short') });
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeText: a chosen encoding', () => {
  it.each([
    ['windows-1256', encodeSingleByte(ARABIC, WINDOWS_1256), ARABIC],
    ['iso-8859-6', encodeSingleByte(ARABIC, ISO_8859_6), ARABIC],
    ['utf-16le', encodeUtf16(FRENCH, true, false), FRENCH],
    ['utf-16be', encodeUtf16(ARABIC, false, false), ARABIC],
    ['utf-8', utf8(ENGLISH), ENGLISH],
  ] as const)('%s is used as chosen', (encoding, bytes, text) => {
    expect(decodeText(bytes, encoding)).toEqual({ ok: true, text, encoding, certainty: 'chosen' });
  });

  it('reads the other Arabic table when the user overrides the guess', () => {
    const bytes = encodeSingleByte(ARABIC, ISO_8859_6);
    const asWindows = decodeText(bytes, 'windows-1256');
    expect(asWindows.ok && asWindows.text).toBe(new TextDecoder('windows-1256').decode(bytes));
    expect(asWindows.ok && asWindows.text).not.toBe(ARABIC);
  });

  it('refuses a byte ISO-8859-6 does not map instead of storing U+FFFD', () => {
    // windows-1256 "ف" is 0xDD, a hole in ISO-8859-6.
    const result = decodeText(encodeSingleByte('في', WINDOWS_1256), 'iso-8859-6');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('byte 0xdd at byte 0') });
  });

  it('refuses windows-1256 text chosen as UTF-8, naming the byte', () => {
    expect(decodeText(encodeSingleByte('قتل', WINDOWS_1256), 'utf-8')).toEqual({
      ok: false,
      reason: 'it is not valid UTF-8 (invalid byte 0xca at byte 1)',
    });
  });

  it('lists every choice once, with a label', () => {
    const encodings: TextEncodingChoice[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'];
    expect(TEXT_ENCODING_CHOICES.map((choice) => choice.encoding).sort()).toEqual([...encodings].sort());
    for (const choice of TEXT_ENCODING_CHOICES) expect(choice.label).not.toBe('');
  });
});

describe('decodeText: refusals', () => {
  it.each([
    ['NUL in UTF-8', Uint8Array.of(0x61, 0x62, 0x00, 0x63), /binary.*NUL byte at byte 2/],
    ['mostly control bytes', Uint8Array.of(0x01, 0x02, 0x03, 0x61, 0x62), /too many control characters/],
    ['PNG header', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00), /binary/],
    ['UTF-32 LE BOM', Uint8Array.of(0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00), /UTF-32/],
    ['UTF-32 BE BOM', Uint8Array.of(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x61), /UTF-32/],
    [
      'UTF-16 LE with an odd byte count',
      Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x62),
      /odd number of bytes \(5\)/,
    ],
    // D800 with no low surrogate after it, at byte 2.
    [
      'UTF-16 LE with an unpaired surrogate',
      Uint8Array.of(0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00),
      /unpaired surrogate at byte 2/,
    ],
    [
      'UTF-16 BE with a lone low surrogate',
      Uint8Array.of(0xfe, 0xff, 0x00, 0x61, 0xdc, 0x00),
      /unpaired surrogate at byte 4/,
    ],
    [
      'UTF-16 LE with a NUL character',
      Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x00, 0x00),
      /NUL character at byte 4/,
    ],
    [
      'UTF-8 BOM then broken UTF-8',
      Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0xc3),
      /not valid UTF-8 \(invalid byte 0xc3 at byte 4\)/,
    ],
  ])('%s', (_name, bytes, reason) => {
    const result = decodeText(bytes);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    if (!result.ok) assertReason(result.reason);
  });

  it.each([
    ['little-endian', true, 'UTF-16 LE'],
    ['big-endian', false, 'UTF-16 BE'],
  ])('recognises %s UTF-16 without a BOM and says which encoding to choose', (_name, littleEndian, name) => {
    for (const text of [ENGLISH, ARABIC, FRENCH]) {
      const result = decodeText(encodeUtf16(text, littleEndian, false));
      expect(result).toEqual({ ok: false, reason: expect.stringContaining(`choosing ${name}`) });
    }
  });
});

/** Text the binary check must let through: no NUL, no C0 controls other than tab, LF, FF, CR. */
const textLike = anyText({ wellFormed: true }).map((text) =>
  Array.from(text)
    .filter((char) => char >= ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r')
    .join(''),
);

describe('decodeText: properties', () => {
  it('UTF-16 with a BOM round-trips any text, both byte orders', () => {
    fc.assert(
      fc.property(textLike, fc.boolean(), (text, littleEndian) => {
        expect(decodeText(encodeUtf16(text, littleEndian, true))).toEqual({
          ok: true,
          text: `\uFEFF${text}`,
          encoding: littleEndian ? 'utf-16le' : 'utf-16be',
          certainty: 'bom',
        });
      }),
      RUNS,
    );
  });

  it('UTF-16 chosen without a BOM round-trips any text', () => {
    fc.assert(
      fc.property(textLike, fc.boolean(), (text, littleEndian) => {
        const encoding = littleEndian ? 'utf-16le' : 'utf-16be';
        expect(decodeText(encodeUtf16(text, littleEndian, false), encoding)).toEqual({
          ok: true,
          text,
          encoding,
          certainty: 'chosen',
        });
      }),
      RUNS,
    );
  });

  it('UTF-8 round-trips any text, as valid UTF-8 or (with a BOM) as BOM', () => {
    fc.assert(
      fc.property(textLike, (text) => {
        const certainty = text.startsWith('\uFEFF') ? 'bom' : 'valid-utf8';
        expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8', certainty });
      }),
      RUNS,
    );
  });

  it('never throws and never returns U+FFFD that was not in the bytes, whatever the bytes and choice', () => {
    const choice = fc.option(fc.constantFrom(...TEXT_ENCODING_CHOICES.map((c) => c.encoding)), {
      nil: undefined,
    });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), choice, (bytes, encoding) => {
        const result = decodeText(bytes, encoding);
        if (!result.ok) {
          assertReason(result.reason);
          return;
        }
        // U+FFFD can only come from the bytes of U+FFFD itself: EF BF BD in UTF-8, FD FF / FF FD in UTF-16.
        if (result.text.includes('\uFFFD')) expect(result.encoding.startsWith('utf')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
