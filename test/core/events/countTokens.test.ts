/**
 * The number reader's tokenizer: the same tokens as the plain definition (every pattern tried at every
 * position) on any text, folded or not, with or without cuts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/events/countTokens';
import { normalizeForMatch } from '../../../src/core/events/matchFold';
import { anyText } from '../arbitraries';
import { referenceTokenize } from './support/referenceTokenize';

// What numbers and words in news are made of: digits with every separator, Latin and Arabic letters, and the
// characters next to them in the Arabic block (comma, Arabic-Indic digits, separators, tatweel, marks).
const piece = fc.constantFrom(
  '1',
  '046',
  '34',
  ',',
  '.',
  '٬',
  '٫',
  '\u00A0',
  '\u202F',
  '\u2009',
  ' ',
  '\n',
  'SY',
  'twenty-one',
  "libya's",
  '’',
  'é',
  'قتل',
  'الف',
  'خمسة',
  'و',
  '،',
  '٣',
  '\u0640',
  '\u064E',
  '؟',
  'ک',
  '😀',
);
const text = fc.oneof(
  anyText(),
  fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join('')),
);

describe('tokenize', () => {
  it('on any text: the same tokens as the plain definition, with or without cuts', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.array(fc.nat(40), { maxLength: 3 }), (raw, fold, cuts) => {
        const input = fold ? normalizeForMatch(raw) : raw;
        expect(tokenize(input, cuts)).toEqual(referenceTokenize(input, cuts));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the numbers of a folded Arabic and English sentence', () => {
    const tokens = tokenize(normalizeForMatch('قتل ١٬٠٤٦ و37الف، and 1,046.5 SY24'));
    expect(tokens.filter((token) => token.kind === 'digits').map((token) => token.text)).toEqual([
      '1٬046',
      '37',
      '1,046.5',
    ]);
  });
});
