/**
 * normalizeText is the only change ever made to imported text: one leading BOM dropped, CRLF and lone CR
 * turned into LF. Everything else (NFD marks, joiners, bidi marks, tatweel, trailing spaces) must survive
 * byte for byte, or stored offsets would no longer match the source article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { anyText, rawArticleText } from '../arbitraries';

const RUNS = { numRuns: 400 };

/** Independent reference: walk the code units once, by the rules in the product spec. */
function referenceNormalize(raw: string): string {
  let out = '';
  for (let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0; i < raw.length; i++) {
    const unit = raw[i];
    if (unit === '\r') {
      out += '\n';
      if (raw[i + 1] === '\n') i++; // CRLF is one line ending
    } else {
      out += unit;
    }
  }
  return out;
}

describe('normalizeText: examples', () => {
  it.each([
    ['CRLF', 'a\r\nb', 'a\nb'],
    ['lone CR (old Mac)', 'a\rb', 'a\nb'],
    ['CR CR LF is two line endings', 'a\r\r\nb', 'a\n\nb'],
    ['LF CR is two line endings', 'a\n\rb', 'a\n\nb'],
    ['trailing CR', 'a\r', 'a\n'],
    ['only the leading BOM goes', '\uFEFFa', 'a'],
    ['only one leading BOM goes', '\uFEFF\uFEFFa', '\uFEFFa'],
    ['a BOM inside the text stays (it is a ZWNBSP there)', 'a\uFEFFb', 'a\uFEFFb'],
    ['BOM then CRLF', '\uFEFF\r\n', '\n'],
    ['empty', '', ''],
    // No Unicode normalization: NFD e + combining acute stays two code units, NFC é stays one.
    ['NFD is not composed', 'e\u0301', 'e\u0301'],
    ['NFC is not decomposed', '\u00E9', '\u00E9'],
    // Arabic: shadda + fatha order as typed (not canonical-reordered), tatweel, ZWJ, LRM, RLM kept.
    ['Arabic marks keep their typed order', 'ب\u064E\u0651', 'ب\u064E\u0651'],
    ['tatweel', 'قـــتل', 'قـــتل'],
    ['ZWJ family emoji', '👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
    ['LRM / RLM', '\u200Eabc\u200F', '\u200Eabc\u200F'],
    ['trailing and doubled spaces', 'a  b \t \n', 'a  b \t \n'],
    ['NBSP', 'a\u00A0b', 'a\u00A0b'],
    ['U+2028 LINE SEPARATOR is not a line ending here', 'a\u2028b\u0085c', 'a\u2028b\u0085c'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeText: properties', () => {
  it('equals an independent code-unit-by-code-unit reference', () => {
    fc.assert(
      fc.property(anyText(), (raw) => {
        expect(normalizeText(raw)).toBe(referenceNormalize(raw));
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    // Holds because the only BOM dropped is the leading one; a second leading BOM would be dropped on a second
    // pass, so the property is stated on texts without a doubled leading BOM.
    fc.assert(
      fc.property(
        anyText().filter((raw) => !raw.startsWith('\uFEFF\uFEFF')),
        (raw) => {
          const once = normalizeText(raw);
          expect(normalizeText(once)).toBe(once);
        },
      ),
      RUNS,
    );
  });

  it('leaves no CR in its output', () => {
    fc.assert(
      fc.property(anyText(), (raw) => {
        expect(normalizeText(raw)).not.toContain('\r');
      }),
      RUNS,
    );
  });

  it('when there is no lone CR, only removes CRs and a leading BOM', () => {
    fc.assert(
      fc.property(
        anyText().filter((raw) => !/\r(?!\n)/.test(raw)),
        (raw) => {
          const withoutBom = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
          expect(normalizeText(raw)).toBe(withoutBom.split('\r').join(''));
        },
      ),
      RUNS,
    );
  });

  it('returns text without CR and without a leading BOM unchanged (same string, same length)', () => {
    fc.assert(
      fc.property(
        anyText().map((raw) => raw.replace(/\r/g, '').replace(/^\uFEFF+/, '')),
        (clean) => {
          expect(normalizeText(clean)).toBe(clean);
        },
      ),
      RUNS,
    );
  });

  it('keeps every line: the number of line endings is the number of LF + lone CR in the input', () => {
    fc.assert(
      fc.property(rawArticleText(), (raw) => {
        const endings = (raw.match(/\r\n|\r|\n/g) ?? []).length;
        expect((normalizeText(raw).match(/\n/g) ?? []).length).toBe(endings);
      }),
      RUNS,
    );
  });

  it('shortens by exactly one unit per CRLF plus one for a leading BOM (UTF-16 length)', () => {
    fc.assert(
      fc.property(anyText(), (raw) => {
        const crlf = (raw.match(/\r\n/g) ?? []).length;
        const bom = raw.startsWith('\uFEFF') ? 1 : 0;
        expect(normalizeText(raw).length).toBe(raw.length - crlf - bom);
      }),
      RUNS,
    );
  });
});
