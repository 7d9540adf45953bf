/**
 * CSV: the RFC 4180 parser (quotes, "" escapes, line breaks in quotes, CRLF/LF/CR, BOM, delimiter detection),
 * header mapping, dates, drafts, a writer→parser round trip, and the real FA-KES sample (45 English articles).
 * Line numbers are 1-based lines of the text; row numbers are 1-based data rows (header excluded).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDocument } from '../../../src/core/document';
import {
  type CsvMapping,
  draftsFromCsv,
  draftsFromCsvText,
  guessCsvMapping,
  parseCsv,
} from '../../../src/core/intake/csv';
import { inferDayMonthOrder, isoDate } from '../../../src/core/intake/csvDates';
import { decodeText } from '../../../src/core/intake/decodeText';
import { anyText } from '../arbitraries';
import { assertReason, writeCsv } from './support';

// Property tests run hundreds of cases: a wide per-test limit keeps a loaded CI machine from timing out.
vi.setConfig({ testTimeout: 120_000 });

describe('parseCsv: RFC 4180 and what spreadsheets write', () => {
  it.each([
    ['simple, LF', 'title,text\nA,B\n', ',', ['title', 'text'], [['A', 'B']]],
    [
      'CRLF, no final newline',
      'title,text\r\nA,B\r\nC,D',
      ',',
      ['title', 'text'],
      [
        ['A', 'B'],
        ['C', 'D'],
      ],
    ],
    ['lone CR (old Mac)', 'a,b\rc,d\r', ',', ['a', 'b'], [['c', 'd']]],
    [
      'BOM before the header is dropped',
      '\uFEFFtext,source\nقتل,SANA\n',
      ',',
      ['text', 'source'],
      [['قتل', 'SANA']],
    ],
    [
      'quoted fields: delimiter, "" escape, CRLF and LF inside quotes kept as is',
      'title,text\r\n"Hasakah, Syria","He said ""three""\r\nkilled\nyesterday"\r\n',
      ',',
      ['title', 'text'],
      [['Hasakah, Syria', 'He said "three"\r\nkilled\nyesterday']],
    ],
    ['empty quoted and unquoted fields', 'a,b,c\n"",,x\n', ',', ['a', 'b', 'c'], [['', '', 'x']]],
    ['spaces are kept (no trimming)', 'a,b\n  x , y \n', ',', ['a', 'b'], [['  x ', ' y ']]],
    [
      'a stray quote inside an unquoted field is a character',
      'a,b\nsaid 5" of rain,x\n',
      ',',
      ['a', 'b'],
      [['said 5" of rain', 'x']],
    ],
    [
      'semicolons (French Excel)',
      'titre;texte\n"Alep; Syrie";Trois civils tués, dit-on\n',
      ';',
      ['titre', 'texte'],
      [['Alep; Syrie', 'Trois civils tués, dit-on']],
    ],
    ['tabs', 'title\ttext\nA, B\tC; D\n', '\t', ['title', 'text'], [['A, B', 'C; D']]],
    [
      'blank lines are skipped',
      'a,b\n\n1,2\n\r\n\n3,4\n\n',
      ',',
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['single column', 'text\nقتل ثلاثة\n"with, comma"\n', ',', ['text'], [['قتل ثلاثة'], ['with, comma']]],
    ['header only', 'title,text\n', ',', ['title', 'text'], []],
    [
      'a comma inside a header name does not beat the semicolons',
      'id;"title, short";text\n1;a;b\n2;c;d\n',
      ';',
      ['id', 'title, short', 'text'],
      [
        ['1', 'a', 'b'],
        ['2', 'c', 'd'],
      ],
    ],
    [
      'tabs and semicolons inside a quoted header name do not win (the split would leave stray quotes)',
      'id,"title\twith\ttabs; and; semicolons"\n',
      ',',
      ['id', 'title\twith\ttabs; and; semicolons'],
      [],
    ],
  ])('%s', (_name, text, delimiter, header, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, delimiter, header, rows });
  });

  it('takes a delimiter when told', () => {
    expect(parseCsv('a,b;c\n1,2;3\n', ';')).toEqual({
      ok: true,
      delimiter: ';',
      header: ['a,b', 'c'],
      rows: [['1,2', '3']],
    });
  });

  it.each([
    ['empty text', '', 'it is empty'],
    ['only blank lines', '\n\r\n\n', 'it is empty'],
    ['only a BOM', '\uFEFF', 'it is empty'],
    [
      'an unterminated quote, with its line',
      'a,b\n1,2\n3,"never\nclosed\n',
      'the quoted field starting on line 3 is never closed',
    ],
    [
      'text after a closing quote',
      'a,b\n"x"y,2\n',
      'on line 2, a quoted field is followed by “y” instead of a delimiter or the end of the line',
    ],
    ['a short row', 'a,b,c\n1,2,3\n4,5\n', 'row 2 (line 3) has 2 fields, but the header has 3'],
    ['a long row', 'a,b\n1,2,3\n', 'row 1 (line 2) has 3 fields, but the header has 2'],
    [
      'a ragged row after a multi-line field: line and row differ',
      'a,b\n"x\ny\nz",1\n2\n',
      'row 2 (line 5) has 1 field, but the header has 2',
    ],
  ])('refuses %s', (_name, text, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, reason });
    assertReason(reason);
  });
});

describe('guessCsvMapping', () => {
  it.each([
    [
      ['unit_id', 'article_title', 'article_content', 'source', 'date', 'location', 'labels'],
      { text: 2, title: 1, source: 3, date: 4 },
    ],
    [
      ['Title', 'Body', 'URL', 'Published At', 'Language', 'Author'],
      { text: 1, title: 0, url: 2, date: 3, lang: 4, byline: 5 },
    ],
    [['\uFEFFheadline', 'content', 'link', 'publisher'], { text: 1, title: 0, url: 2, source: 3 }],
    [
      ['titre', 'texte', 'date de publication', 'langue', 'lien'],
      { text: 1, title: 0, date: 2, lang: 3, url: 4 },
    ],
    [['العنوان', 'النص', 'المصدر', 'التاريخ'], { text: 1, title: 0, source: 2, date: 3 }],
    [['article', 'text'], { text: 1 }], // "text" is preferred over "article", which is left unmapped
    [['id', 'label'], { text: null }],
    [['text', 'text'], { text: 0 }],
  ] as [string[], CsvMapping][])('%j', (header, mapping) => {
    expect(guessCsvMapping(header)).toEqual(mapping);
  });
});

describe('dates', () => {
  it.each([
    ['2017-03-12', null, '2017-03-12'],
    ['2017/3/2', null, '2017-03-02'],
    ['2017.03.12', null, '2017-03-12'],
    [' 2017-03-12 ', null, '2017-03-12'],
    ['4/16/2017', null, '2017-04-16'],
    ['16/4/2017', null, '2017-04-16'],
    ['5/5/2017', null, '2017-05-05'],
    ['12/03/2017', null, null],
    ['12/03/2017', 'month-first', '2017-12-03'],
    ['12/03/2017', 'day-first', '2017-03-12'],
    ['12.03.2017', 'day-first', '2017-03-12'],
    ['2/29/2016', null, '2016-02-29'],
    ['2/29/2017', null, null],
    ['1900-02-29', null, null],
    ['2000-02-29', null, '2000-02-29'],
    ['13/13/2017', 'month-first', null],
    ['2017-13-01', null, null],
    ['2017-03-12T08:00:00Z', null, null],
    ['April 5, 2017', null, null],
    ['4/5/17', 'month-first', null],
    ['', null, null],
  ] as const)('%j with order %s → %s', (value, order, expected) => {
    expect(isoDate(value, order)).toBe(expected);
  });

  it.each([
    [['4/5/2017', '4/16/2017', '2017-01-01', 'x'], 'month-first'],
    [['4/5/2017', '16/4/2017'], 'day-first'],
    [['4/5/2017', '5/6/2017'], null],
    [['4/16/2017', '16/4/2017'], null],
    [[], null],
  ] as const)('column %j reads %s', (values, order) => {
    expect(inferDayMonthOrder(values)).toBe(order);
  });
});

describe('draftsFromCsv', () => {
  const table = (text: string) => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed;
  };

  it('makes one draft per row, text exact, metadata trimmed', () => {
    const csv =
      'title,text,source,url,date,lang\r\n' +
      ' Alep ,"  Trois civils ont été tués.\r\nSelon l’OSDH. ", AFP ,https://example.org/a,2017-04-05,fr\r\n' +
      'الحسكة,قتل ثلاثة مدنيين,سانا,,,ar\r\n';
    expect(draftsFromCsvText(csv)).toEqual({
      ok: true,
      drafts: [
        {
          title: 'Alep',
          text: '  Trois civils ont été tués.\r\nSelon l’OSDH. ',
          source: 'AFP',
          url: 'https://example.org/a',
          publishedAt: '2017-04-05',
          lang: 'fr',
        },
        { title: 'الحسكة', text: 'قتل ثلاثة مدنيين', source: 'سانا', lang: 'ar' },
      ],
      warnings: [],
    });
  });

  it('skips rows with an empty or blank text cell, counting them in a warning', () => {
    const result = draftsFromCsvText('title,text\na,\nb,body\nc,"  "\nd,more\n');
    expect(result).toEqual({
      ok: true,
      drafts: [
        { title: 'b', text: 'body' },
        { title: 'd', text: 'more' },
      ],
      warnings: ['2 rows with an empty “text” cell were skipped (rows 1, 3)'],
    });
  });

  it('reads a date column as its unambiguous dates say, and says so', () => {
    const result = draftsFromCsvText('text,date\na,4/5/2017\nb,4/16/2017\nc,soon\n');
    expect(result.ok && result.drafts.map((d) => d.publishedAt)).toEqual([
      '2017-04-05',
      '2017-04-16',
      'soon',
    ]);
    expect(result.ok && result.warnings).toEqual([
      'dates in the column “date” were read as month/day/year, as its unambiguous dates are; 1 date in the column “date” was kept as written, not as an ISO date (“soon”)',
    ]);
  });

  it('keeps ambiguous dates as written when the column gives no evidence', () => {
    const result = draftsFromCsvText('text,date\na,12/03/2017\nb,05/06/2017\nc,7/7/2017\n');
    expect(result.ok && result.drafts.map((d) => d.publishedAt)).toEqual([
      '12/03/2017',
      '05/06/2017',
      '2017-07-07',
    ]);
    expect(result.ok && result.warnings[0]).toMatch(/^2 dates in the column “date” were kept as written/);
  });

  it('uses a mapping chosen by the user', () => {
    const parsed = table('a;b;c\nx;قتل;2017-01-02\n');
    expect(draftsFromCsv(parsed, { text: 1, date: 2, title: 0 })).toEqual({
      ok: true,
      drafts: [{ title: 'x', text: 'قتل', publishedAt: '2017-01-02' }],
      warnings: [],
    });
  });

  it.each([
    [
      'no text column',
      'id,label\n1,x\n',
      'no column holds the article text (name it “text”, “body”, “content” or “article”; the columns are “id”, “label”)',
    ],
    ['a header and no rows', 'title,text\n', 'it has a header but no rows'],
    ['no row with text', 'title,text\na,\nb, \n', 'none of its 2 rows has text in the column “text”'],
    ['a broken row', 'title,text\na,b\nc\n', 'row 2 (line 3) has 1 field, but the header has 2'],
  ])('refuses %s', (_name, csv, reason) => {
    expect(draftsFromCsvText(csv)).toEqual({ ok: false, reason });
  });

  it('refuses a mapping pointing outside the header', () => {
    const result = draftsFromCsv(table('a,b\n1,2\n'), { text: 0, title: 5 });
    expect(result).toEqual({
      ok: false,
      reason: 'the column chosen for title (5) is not one of its 2 columns',
    });
  });
});

describe('CSV writer → parser round trip', () => {
  const cellText = anyText({ wellFormed: true });
  const tables = fc
    .integer({ min: 1, max: 5 })
    .chain((columns) =>
      fc.tuple(
        fc.array(cellText, { minLength: columns, maxLength: columns }),
        fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
      ),
    );
  const layout = fc.record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    trailingNewline: fc.boolean(),
    bom: fc.boolean(),
  });

  it('parses back every cell exactly, with the delimiter given', () => {
    fc.assert(
      fc.property(tables, layout, ([header, rows], options) => {
        const csv = (options.bom ? '\uFEFF' : '') + writeCsv([header, ...rows], options);
        const delimiter = options.delimiter as ',' | ';' | '\t';
        expect(parseCsv(csv, delimiter)).toEqual({ ok: true, delimiter, header, rows });
      }),
      { numRuns: 500 },
    );
  });

  it('parses back every cell exactly, detecting the delimiter', () => {
    fc.assert(
      fc.property(tables, layout, ([header, rows], options) => {
        const csv =
          (options.bom ? '\uFEFF' : '') +
          writeCsv([header, ...rows], { ...options, quoteAllDelimiters: true });
        const parsed = parseCsv(csv);
        expect(parsed.ok && { header: parsed.header, rows: parsed.rows }).toEqual({ header, rows });
        // With one column every delimiter reads the same; with more, the right one must be found.
        if (header.length > 1) expect(parsed.ok && parsed.delimiter).toBe(options.delimiter);
      }),
      { numRuns: 500 },
    );
  });
});

const FAKES = fileURLToPath(
  new URL('../../../../shared/corpus/news/fakes-syria-news-en/FA-KES-Dataset.sample45.csv', import.meta.url),
);

describe('real data: FA-KES sample (45 English articles on the Syrian war)', () => {
  it.skipIf(!existsSync(FAKES))(
    existsSync(FAKES) ? 'imports as 45 drafts with their dates and sources' : `skipped: ${FAKES} is absent`,
    () => {
      const decoded = decodeText(new Uint8Array(readFileSync(FAKES)));
      expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', certainty: 'valid-utf8' });
      if (!decoded.ok) return;
      const result = draftsFromCsvText(decoded.text);
      if (!result.ok) throw new Error(result.reason);
      // Source, ISO date and text length in code points of each row, read independently with Python's csv
      // module (the file's dates are M/D/YYYY, per its PROVENANCE.txt).
      const expected: [string, string, number][] = [
        ['nna', '2017-04-05', 2287],
        ['nna', '2017-04-07', 2118],
        ['nna', '2017-04-16', 1447],
        ['alaraby', '2015-02-12', 2535],
        ['alaraby', '2015-02-12', 2244],
        ['alaraby', '2015-02-23', 2671],
        ['asharqalawsat', '2017-04-05', 2957],
        ['asharqalawsat', '2017-04-18', 5088],
        ['asharqalawsat', '2017-04-19', 3354],
        ['dailysabah', '2015-02-18', 2803],
        ['dailysabah', '2015-02-23', 3390],
        ['dailysabah', '2015-02-23', 1462],
        ['trt', '2016-07-29', 2576],
        ['trt', '2016-07-27', 2349],
        ['trt', '2016-07-21', 1881],
        ['ahram', '2017-04-27', 2189],
        ['ahram', '2017-04-19', 385],
        ['ahram', '2017-04-16', 4329],
        ['jordantimes', '2017-04-13', 2111],
        ['jordantimes', '2017-04-13', 4416],
        ['jordantimes', '2017-04-14', 1517],
        ['tass', '2016-08-15', 997],
        ['tass', '2016-08-10', 1651],
        ['tass', '2016-08-07', 791],
        ['sana', '2016-10-06', 768],
        ['sana', '2016-11-21', 791],
        ['etilaf', '2016-12-07', 2443],
        ['etilaf', '2016-04-23', 1392],
        ['etilaf', '2015-07-22', 1385],
        ['sana', '2016-09-06', 825],
        ['manar', '2017-05-24', 387],
        ['manar', '2017-05-30', 956],
        ['manar', '2017-05-18', 450],
        ['arabiya', '2016-11-22', 592],
        ['arabiya', '2017-10-07', 560],
        ['arabiya', '2017-05-18', 1130],
        ['reuters', '2014-12-16', 1688],
        ['reuters', '2013-08-17', 1730],
        ['reuters', '2013-08-17', 1633],
        ['alalam', '2013-09-27', 984],
        ['alalam', '2011-02-02', 1604],
        ['alalam', '2013-08-31', 3383],
        ['sputnik', '2013-08-24', 5725],
        ['sputnik', '2013-08-21', 3579],
        ['sputnik', '2014-12-26', 2164],
      ];
      expect(result.drafts.map((d) => [d.source, d.publishedAt, Array.from(d.text).length])).toEqual(
        expected,
      );
      expect(result.drafts[0]?.title).toBe('Syria attack symptoms consistent with nerve agent use WHO');
      expect(result.drafts[0]?.text.startsWith('Wed 05 Apr 2017 Syria attack symptoms')).toBe(true);
      // The file's "" escape is one quote in the text.
      expect(result.drafts[0]?.text).toContain('Wednesday. "Some cases appear to show additional signs');
      expect(result.drafts[44]?.title).toBe(
        'Syrian Army Kills 70 IS Militants in Two Days Near Syria-Turkey Border',
      );
      expect(result.warnings).toEqual([
        'dates in the column “date” were read as month/day/year, as its unambiguous dates are',
      ]);
      // Every draft becomes a document whose stored text is the cell (these cells have no CR or BOM).
      for (const draft of result.drafts) expect(createDocument(draft, 'id', 0).text).toBe(draft.text);
    },
  );
});
