/**
 * The proposal made when a span is tagged "Casualty count": the number reader with the sentence around the span
 * as context. By hand on Arabic and English sentences, and as properties: every proposal passes validation, and
 * a figure written in digits inside a sentence comes back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  proposeCasualtyAttributes,
  sentenceAround,
  validateCasualtyAttributes,
} from '../../../src/core/coding';
import { anyText } from '../arbitraries';

/** The proposal for the first occurrence of `phrase` in `text`. */
function proposeFor(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`“${phrase}” is not in the text`);
  return proposeCasualtyAttributes(text, start, start + phrase.length);
}

describe('proposeCasualtyAttributes', () => {
  it('reads خمسة with قتلى after it as 5 killed, proposed', () => {
    expect(proposeFor('أفادت مصادر محلية بسقوط خمسة قتلى في قصف على الحسكة.', 'خمسة')).toEqual({
      value: 5,
      precision: 'exact',
      category: 'killed',
      proposed: true,
    });
  });

  it('takes the category from the sentence before the span: مقتل خمسة مدنيين', () => {
    expect(proposeFor('وثقت الشبكة مقتل خمسة مدنيين بنيران قوات النظام.', 'خمسة')).toMatchObject({
      value: 5,
      category: 'killed',
      victims: 'civilians',
    });
  });

  it('does not take a category from another sentence', () => {
    const text = 'قتل رجل في الرقة. وصل خمسة إلى المدينة.';
    expect(proposeFor(text, 'خمسة')).toEqual({ value: 5, precision: 'exact', proposed: true });
  });

  it('reads a qualifier before the span in the same sentence: أكثر من 20 جريحا', () => {
    expect(proposeFor('أصيب أكثر من 20 جريحا في الانفجار.', '20')).toMatchObject({
      value: 20,
      precision: 'at_least',
      category: 'injured',
    });
  });

  it('reads an English range: between 10 and 15 people were killed', () => {
    expect(proposeFor('Between 10 and 15 people were killed on Monday.', 'Between 10 and 15 people')).toEqual(
      {
        low: 10,
        best: 10,
        high: 15,
        precision: 'approximate',
        category: 'killed',
        victims: 'unknown',
        proposed: true,
      },
    );
  });

  it('maps a vague quantity by the rule table: dozens wounded → 12', () => {
    expect(proposeFor('Dozens were wounded in the shelling.', 'Dozens')).toMatchObject({
      value: 12,
      category: 'injured',
    });
  });

  it('proposes no figure when the span states none', () => {
    expect(proposeFor('The victims of the raid were buried.', 'The victims')).toEqual({
      precision: 'exact',
      proposed: true,
    });
  });

  it('a decimal point does not end the sentence', () => {
    expect(sentenceAround('About 1.5 km away, 3 were killed.', 19, 20)).toEqual({
      before: 'About 1.5 km away, ',
      after: ' were killed',
    });
  });

  it('every proposal, on any text and any range, passes validation', () => {
    fc.assert(
      fc.property(anyText(), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 30));
        const proposal = proposeCasualtyAttributes(text, start, end);
        expect(validateCasualtyAttributes(proposal)).toEqual([]);
        expect(proposal.proposed).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any whole number in digits (both digit sets, with or without separators) before قتيلا reads back as killed', () => {
    const arabicIndic = (digits: string) => digits.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.boolean(),
        fc.boolean(),
        (value, indic, separated) => {
          let written = separated ? value.toLocaleString('en-US') : String(value);
          if (indic) written = arabicIndic(written).replace(/,/g, '٬');
          const text = `وثق المرصد سقوط ${written} قتيلا في المعارك.`;
          expect(proposeFor(text, written)).toMatchObject({ value, category: 'killed', proposed: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});
