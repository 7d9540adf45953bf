/**
 * The number reader's shortcut (mayStateNumber): a span in which no figure can be read returns null before its
 * sentence is folded and split. It must never change a reading, so readCasualtyCount is compared with the full
 * reading (readInContext) on the hand-checked phrasings, on every short span of the seed article, and on any
 * span and context built from the pieces that decide readings (number words, "no one", ranges, a hamza above
 * or a surrogate pair cut by an edge).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../src/core/coding/proposeCasualtyAttributes';
import type { VagueQuantityRule } from '../../../src/core/events';
import { mayStateNumber, readCasualtyCount, readInContext } from '../../../src/core/events/readCount';
import { PHRASINGS } from './phrasings';

const SEED = fileURLToPath(
  new URL('../../../../shared/corpus/seed/ar-sy24-sdf-security-operations.txt', import.meta.url),
);

const RULES: VagueQuantityRule[] = [
  { id: 'dozens_literal', phrases: ['dozens', 'عشرات'], value: 24, precision: 'approximate', source: 'test' },
  { id: 'handful', phrases: ['a handful of', 'حفنة من'], value: 4, precision: 'approximate', source: 'test' },
];

const PIECES = [
  ...['خمسة', 'عشرة', 'عشرين', 'وعشرين', 'ألف', 'مئات', 'عشرات', 'بالعشرات', 'قتيلين', 'جريحين', 'شخصا'],
  ...['مقتل', 'وإصابة', 'أكثر', 'من', 'بين', 'إلى', 'على', 'الأقل', 'مدنيين', 'قسد', 'الرقة', 'واحد'],
  ...['five', 'twenty-one', 'one', 'no', 'dozens', 'hundreds', 'a', 'handful', 'of', 'at', 'least'],
  ...['killed', 'people', 'between', 'and', 'or', 'to', 'SDF', 'Raqqa', 'civilians', 'حفنة'],
  ...['34', '٣٤', '1,046', '10 000', '1.5', 'million', 'مليون', '+', '-', '–', '،', ',', '.', '"', '«'],
  ...[' ', ' ', ' ', '\n', 'و', 'ي', 'ى', '\u0654', '\u064B', '\u0640', '\uD83D', '\uDE00', '😀', '\u200F'],
];

function expectSameReading(
  span: string,
  context: { before: string; after: string } | undefined,
  options: { vagueRules?: VagueQuantityRule[] } = {},
) {
  expect(readCasualtyCount(span, context, options)).toEqual(readInContext(span, context, options));
}

describe('readCasualtyCount with its shortcut reads what the full reading reads', () => {
  it('on every hand-checked phrasing, which all state a figure', () => {
    for (const row of PHRASINGS) {
      const context = { before: row.before ?? '', after: row.after ?? '' };
      expectSameReading(row.span, context);
      if (readInContext(row.span, context) !== null) expect(mayStateNumber(row.span, context)).toBe(true);
    }
  });

  it('on every span of one to three words of the seed article, in its sentence', () => {
    if (!existsSync(SEED)) {
      console.warn(`skipped: ${SEED} is absent (../shared/corpus)`);
      return;
    }
    const text = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n');
    const words = [...text.matchAll(/\S+/g)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
    let read = 0;
    for (let first = 0; first < words.length; first++) {
      for (let count = 1; count <= 3 && first + count <= words.length; count++) {
        const start = words[first]?.start ?? 0;
        const end = words[first + count - 1]?.end ?? start;
        const context = sentenceAround(text, start, end);
        const span = text.slice(start, end);
        expectSameReading(span, context);
        if (readInContext(span, context)) read++;
      }
    }
    // The article reports arrests and deaths: the comparison covered spans with figures too.
    expect(read).toBeGreaterThan(20);
  });

  it('on any span and context made of the pieces that decide readings, with either rule table', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join(''));
    const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join(' '));
    const part = fc.oneof(text, spaced);
    fc.assert(
      fc.property(part, part, part, fc.boolean(), fc.boolean(), (before, span, after, custom, noContext) => {
        const options = custom ? { vagueRules: RULES } : {};
        expectSameReading(span, noContext ? undefined : { before, after }, options);
      }),
      { numRuns: 3_000 },
    );
  });

  it('says a span without any figure states none, and reads past a hamza above cut by the span edge', () => {
    expect(mayStateNumber('قوات سوريا الديمقراطية', { before: 'قالت ', after: ' إن' })).toBe(false);
    expect(mayStateNumber('مقتل خمسة', undefined)).toBe(true);
    expect(mayStateNumber('قتيلين', undefined)).toBe(true);
    // و + U+0654 straddling the end folds to ء inside the sentence: the full reading decides.
    expect(mayStateNumber('قو', { before: '', after: '\u0654ات' })).toBe(true);
  });
});
