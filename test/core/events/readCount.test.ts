/**
 * The number reader: a table of real phrasings (test/core/events/phrasings.ts, expectations written by hand),
 * a property over every way of writing an integer in digits, and the documented options (rule table, range
 * best estimate).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CasualtyReading,
  readCasualtyCount,
  VAGUE_QUANTITY_RULES,
  type VagueQuantityRule,
} from '../../../src/core/events';
import { type Expected, type Origin, PHRASINGS } from './phrasings';

const corpus = (path: string) => fileURLToPath(new URL(`../../../../shared/corpus/${path}`, import.meta.url));

/** Corpus files the phrasings quote, and how their text is laid out. */
const CORPUS_FILES: Record<
  Exclude<Origin, 'written'>,
  { path: string; layout: 'text' | 'csv' | 'tokens' }
> = {
  seed: { path: corpus('seed/ar-sy24-sdf-security-operations.txt'), layout: 'text' },
  ucdp: { path: corpus('events/ucdp-ged-sample/ucdpged_v23.1_sample120.csv'), layout: 'csv' },
  fakes: { path: corpus('news/fakes-syria-news-en/FA-KES-Dataset.sample45.csv'), layout: 'csv' },
  anercorp: { path: corpus('ner/anercorp-ar/ANERCorp_CamelLab_test.first300sent.txt'), layout: 'tokens' },
  newsfane: {
    path: corpus('ner/newsfane-gold-ar/NewsFANE_Gold_2014_170K.first300sent.txt'),
    layout: 'tokens',
  },
  wojood: { path: corpus('ner/wojood-nested-ar/wojood_sample_test.txt'), layout: 'tokens' },
};

/** The file as running text: CSV quotes unescaped; CoNLL token columns joined by single spaces. */
function corpusText(origin: Exclude<Origin, 'written'>): string {
  const { path, layout } = CORPUS_FILES[origin];
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (layout === 'text') return raw;
  if (layout === 'csv') return raw.replaceAll('""', '"');
  return raw
    .replace(/\r/g, '')
    .split('\n')
    .map((line) => line.replace(/\u200E/g, '').split(/[\t ]/)[0] ?? '')
    .filter((token) => token !== '')
    .join(' ');
}

/** The attributes a phrasing's expectation speaks about (absent ones must be absent). */
function attributes(reading: CasualtyReading | null): Expected | null {
  if (!reading) return null;
  return {
    value: reading.value,
    low: reading.low,
    best: reading.best,
    high: reading.high,
    precision: reading.precision,
    category: reading.category,
    victims: reading.victims,
    vague: reading.vague?.rule,
  };
}

const label = (row: (typeof PHRASINGS)[number]) =>
  `${row.origin}: ${row.before ? '…' : ''}[${row.span}]${row.after ? '…' : ''}`;

describe('readCasualtyCount: real phrasings', () => {
  it('has at least 150 phrasings, Arabic and English, from the corpus and written for the test', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
    const arabic = PHRASINGS.filter((row) => /[\u0600-\u06FF]/.test(row.span));
    expect(arabic.length).toBeGreaterThanOrEqual(60);
    expect(PHRASINGS.length - arabic.length).toBeGreaterThanOrEqual(60);
    expect(PHRASINGS.filter((row) => row.origin !== 'written').length).toBeGreaterThanOrEqual(100);
  });

  it.each(PHRASINGS.map((row) => [label(row), row] as const))('%s', (_, row) => {
    const context = row.before !== undefined || row.after !== undefined;
    const reading = readCasualtyCount(
      row.span,
      context ? { before: row.before ?? '', after: row.after ?? '' } : undefined,
    );
    const expected = row.expected === null ? null : { ...row.expected };
    expect(attributes(reading)).toEqual(expected);
  });

  for (const origin of Object.keys(CORPUS_FILES) as Array<Exclude<Origin, 'written'>>) {
    const { path } = CORPUS_FILES[origin];
    const rows = PHRASINGS.filter((row) => row.origin === origin);
    it.skipIf(!existsSync(path))(
      existsSync(path)
        ? `the ${rows.length} ${origin} rows quote ${origin}'s file verbatim`
        : `skipped: ${path} is absent (../shared/corpus beside the checkout)`,
      () => {
        const text = corpusText(origin);
        const missing = rows.filter(
          (row) => !text.includes(`${row.before ?? ''}${row.span}${row.after ?? ''}`),
        );
        expect(missing.map(label)).toEqual([]);
      },
    );
  }
});

describe('readCasualtyCount: evidence names the deciding words as written', () => {
  it('figure, qualifier, category word and victims word, from the span and its context', () => {
    const reading = readCasualtyCount('23 citizens', {
      before: 'The missiles and warplanes of the regime kill ',
      after: ' at least in Madaya',
    });
    expect(reading?.evidence).toEqual(['23', 'at least', 'kill', 'citizens']);
  });

  it('keeps the original spelling (hamza, tanween, tatweel) in the evidence', () => {
    const reading = readCasualtyCount('أكثـر من ٢٠ قتيلاً');
    expect(reading?.evidence).toEqual(['٢٠', 'أكثـر من', 'قتيلاً']);
  });

  it('reports the vague phrase as written and the rule applied', () => {
    expect(readCasualtyCount('بالعشرات')?.vague).toEqual({ phrase: 'بالعشرات', rule: 'dozens' });
    expect(readCasualtyCount('Tens of thousands')?.vague).toEqual({
      phrase: 'Tens of thousands',
      rule: 'tens_of_thousands',
    });
  });
});

describe('readCasualtyCount: options', () => {
  it('reads vague quantities with a replacement rule table', () => {
    const rules: VagueQuantityRule[] = [
      {
        id: 'dozens_literal',
        phrases: ['dozens', 'عشرات'],
        value: 24,
        precision: 'approximate',
        source: 'test',
      },
    ];
    expect(readCasualtyCount('عشرات القتلى', undefined, { vagueRules: rules })).toMatchObject({
      value: 24,
      precision: 'approximate',
      vague: { rule: 'dozens_literal' },
    });
    // A phrase the replacement table does not list is no figure any more.
    expect(readCasualtyCount('hundreds', undefined, { vagueRules: rules })).toBeNull();
    // The default table is untouched.
    expect(readCasualtyCount('عشرات القتلى')?.value).toBe(12);
  });

  it('chooses the best estimate of a range by the documented rule', () => {
    expect(readCasualtyCount('between 229 and 425')).toMatchObject({ low: 229, best: 229, high: 425 });
    expect(readCasualtyCount('between 229 and 425', undefined, { rangeBest: 'midpoint' })?.best).toBe(327);
    expect(readCasualtyCount('between 229 and 425', undefined, { rangeBest: 'high' })?.best).toBe(425);
    expect(readCasualtyCount('10-15', undefined, { rangeBest: 'midpoint' })?.best).toBe(13);
  });

  it('refuses a "range" that runs backwards', () => {
    expect(readCasualtyCount('15-10')).toMatchObject({ value: 15, precision: 'exact' });
    expect(readCasualtyCount('15-10')?.low).toBeUndefined();
  });
});

describe('VAGUE_QUANTITY_RULES', () => {
  it('codes tens, dozens and hundreds as ACLED does, and documents every row', () => {
    const byId = new Map(VAGUE_QUANTITY_RULES.map((rule) => [rule.id, rule]));
    expect(byId.get('tens')?.value).toBe(10);
    expect(byId.get('dozens')?.value).toBe(12);
    expect(byId.get('hundreds')?.value).toBe(100);
    expect(byId.get('dozens')?.phrases).toContain('عشرات');
    expect(byId.get('hundreds')?.phrases).toContain('مئات');
    for (const rule of VAGUE_QUANTITY_RULES) expect(rule.source.length).toBeGreaterThan(10);
    expect(new Set(VAGUE_QUANTITY_RULES.map((rule) => rule.id)).size).toBe(VAGUE_QUANTITY_RULES.length);
  });

  it('is frozen: a project edits a copy and passes it as vagueRules', () => {
    expect(Object.isFrozen(VAGUE_QUANTITY_RULES)).toBe(true);
    expect(Object.isFrozen(VAGUE_QUANTITY_RULES[0])).toBe(true);
  });
});

describe('readCasualtyCount: context', () => {
  it('reads the figure from the span only, never from the context', () => {
    expect(readCasualtyCount('people', { before: 'killed 5 ', after: ' and 6 others' })).toBeNull();
  });

  it('does not take a category across a sentence end or a line break', () => {
    expect(
      readCasualtyCount('5', { before: 'Two were killed. ', after: ' arrived' })?.category,
    ).toBeUndefined();
    expect(readCasualtyCount('5', { before: 'killed\n', after: '' })?.category).toBeUndefined();
    expect(readCasualtyCount('5', { before: 'killed ', after: '' })?.category).toBe('killed');
  });

  it('looks at the nearest context only, however long the document', () => {
    const far = `killed ${'word '.repeat(2000)}`;
    expect(readCasualtyCount('5', { before: far, after: '' })?.category).toBeUndefined();
    expect(readCasualtyCount('5', { before: `${far}. Soldiers arrested `, after: '' })?.category).toBe(
      'detained',
    );
  });
});

/** Groups of three from the right, joined by a separator. */
function group(digits: string, separator: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

const DIGIT_SETS = {
  western: '0123456789',
  arabicIndic: '٠١٢٣٤٥٦٧٨٩',
  extendedArabicIndic: '۰۱۲۳۴۵۶۷۸۹',
} as const;

/** Separators in use with each digit set: none, and the ones writers use. */
const SEPARATORS: Record<keyof typeof DIGIT_SETS, readonly string[]> = {
  western: ['', ',', '.', '\u00A0', '\u202F'],
  arabicIndic: ['', '٬', ','],
  extendedArabicIndic: ['', '٬', ','],
};

describe('readCasualtyCount: any integer written in digits reads back exactly', () => {
  it('0 … 10^9 in Western, Arabic-Indic and Extended Arabic-Indic digits, with or without separators', () => {
    const written = fc
      .tuple(
        fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 9999 })),
        fc.constantFrom(...(Object.keys(DIGIT_SETS) as Array<keyof typeof DIGIT_SETS>)),
        fc.nat(),
      )
      .map(([value, set, pick]) => {
        const separators = SEPARATORS[set];
        const separator = separators[pick % separators.length] ?? '';
        const digits = group(String(value), separator).replace(
          /\d/g,
          (digit) => DIGIT_SETS[set][Number(digit)] ?? '',
        );
        return { value, text: digits };
      });
    fc.assert(
      fc.property(written, ({ value, text }) => {
        const reading = readCasualtyCount(text);
        expect(reading).toMatchObject({ value, precision: 'exact' });
        expect(reading?.low).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('the edges: 0, 999, 1,000, 10^9 in each digit set', () => {
    expect(readCasualtyCount('0')?.value).toBe(0);
    expect(readCasualtyCount('٩٩٩')?.value).toBe(999);
    expect(readCasualtyCount('۱٬۰۰۰')?.value).toBe(1000);
    expect(readCasualtyCount('1,000,000,000')?.value).toBe(1_000_000_000);
    expect(readCasualtyCount('١٬٠٠٠٬٠٠٠٬٠٠٠')?.value).toBe(1_000_000_000);
  });

  it('reads the same integer inside a sentence, with its qualifier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (value) => {
        const text = `أسفر القصف عن مقتل أكثر من ${group(String(value), ',')} مدنياً`;
        expect(readCasualtyCount(text)).toMatchObject({
          value,
          precision: 'at_least',
          category: 'killed',
          victims: 'civilians',
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCasualtyCount: decimals and separators that are not thousands', () => {
  it.each([
    ['1.5 million', 1_500_000],
    ['1.046 million', 1_046_000],
    ['١٫٥', 1.5],
    ['2.5', 2.5],
    ['5,6', 5],
  ])('%s → %s', (text, value) => {
    expect(readCasualtyCount(text)?.value).toBe(value);
  });
});
