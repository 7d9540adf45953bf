/**
 * One article with two emoji and a CRLF before Arabic spans, through every format, each in its own unit. Every
 * number below is counted by hand:
 *
 *   raw file text R = "Hi 😀😀\r\nقتل ٣ في الحسكة"
 *   stored text   S = "Hi 😀😀\nقتل ٣ في الحسكة"
 *
 *   S, UTF-16:  H0 i1 ␠2 😀3-4 😀5-6 \n7 ق8 ت9 ل10 ␠11 ٣12 ␠13 ف14 ي15 ␠16 ا17 ل18 ح19 س20 ك21 ة22  (23 units)
 *   S, code points: 😀3 😀4 \n5 ق6 ت7 ل8 ␠9 ٣10 ␠11 ف12 ي13 ␠14 ا15 … ة20                            (21)
 *   R, code points: the CR is 5, the LF 6, so everything after moves by one: ٣11, الحسكة 16..22
 *   R, UTF-8 bytes: "Hi " 3 + 😀😀 8 = 11, CRLF → 13, قتل 6 → 19, ␠ → 20, ٣ 20..22, ␠, في 23..27, ␠, الحسكة 28..40
 *
 * So: الحسكة is stored UTF-16 17..23, stored code points 15..21, raw code points 16..22; ٣ is 12..13, 10..11, 11..12.
 * Four different pairs of numbers, so a format that uses the wrong unit or forgets the CR cannot pass.
 */
import { describe, expect, it } from 'vitest';
import { exportBrat, importBrat } from '../../../src/core/formats/brat';
import { exportConll, importConll } from '../../../src/core/formats/conll';
import { exportCsvSpans, importCsvSpans } from '../../../src/core/formats/csvSpans';
import { exportDoccano, importDoccano } from '../../../src/core/formats/doccano';
import { exportLabelStudio, importLabelStudio } from '../../../src/core/formats/labelStudio';
import { exportProdigy, importProdigy } from '../../../src/core/formats/prodigy';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import type { FormatDocument } from '../../../src/core/formats/types';
import { exportW3c, importW3c } from '../../../src/core/formats/w3c';

const RAW = 'Hi 😀😀\r\nقتل ٣ في الحسكة';
const STORED = 'Hi 😀😀\nقتل ٣ في الحسكة';

/** The article as Spanlight stores it (no original kept): exports use stored offsets. */
const stored = (): FormatDocument => ({
  id: 'art-1',
  title: 'Raid',
  text: STORED,
  annotations: [
    { start: 12, end: 13, label: 'casualty_count', text: '٣' },
    { start: 17, end: 23, label: 'place', text: 'الحسكة' },
  ],
});

/** The same article imported from a CRLF file: the original is kept, exports write it with raw offsets. */
const fromCrlfFile = (): FormatDocument => ({ ...stored(), meta: { rawText: RAW } });

const storedSpans = [
  { start: 12, end: 13, label: 'casualty_count', text: '٣' },
  { start: 17, end: 23, label: 'place', text: 'الحسكة' },
];

function spansOf(outcome: ReturnType<typeof importDoccano>) {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.documents.flatMap((doc) =>
    doc.annotations.map(({ start, end, label, text }) => ({ start, end, label, text })),
  );
}

describe('an emoji and a CRLF before Arabic spans', () => {
  it('the hand-counted stored offsets are right', () => {
    expect(STORED.slice(17, 23)).toBe('الحسكة');
    expect(STORED.slice(12, 13)).toBe('٣');
    expect(Array.from(STORED).slice(15, 21).join('')).toBe('الحسكة');
    expect(Array.from(RAW).slice(16, 22).join('')).toBe('الحسكة');
  });

  it('Spanlight JSON: code points 15..21 and UTF-16 17..23 of the stored text', () => {
    const { content } = exportSpanlightJson([stored()], { exportedAt: new Date('2026-01-01T00:00:00Z') });
    const dataset = JSON.parse(content);
    expect(dataset.documents[0].annotations[1]).toMatchObject({
      start: 15,
      end: 21,
      start_utf16: 17,
      end_utf16: 23,
      text: 'الحسكة',
    });
    expect(dataset.documents[0].annotations[0]).toMatchObject({
      start: 10,
      end: 11,
      start_utf16: 12,
      end_utf16: 13,
    });
    expect(spansOf(importSpanlightJson(content))).toEqual(storedSpans);
  });

  it('doccano: code points of the text as written (stored: 15..21; from the CRLF file: 16..22 with the CR kept)', () => {
    const plain = JSON.parse(exportDoccano([stored()]).content);
    expect(plain.label).toEqual([
      [10, 11, 'casualty_count'],
      [15, 21, 'place'],
    ]);
    const crlf = exportDoccano([fromCrlfFile()]).content;
    const record = JSON.parse(crlf);
    expect(record.text).toBe(RAW);
    expect(record.label).toEqual([
      [11, 12, 'casualty_count'],
      [16, 22, 'place'],
    ]);
    const back = importDoccano(crlf);
    expect(spansOf(back)).toEqual(storedSpans);
    expect(back.ok && back.documents[0]?.text).toBe(STORED);
  });

  it('doccano: a file counted in UTF-16 units (older doccano) is recognised and said so', () => {
    // The same spans in UTF-16 units of the raw text: ٣ 13..14, الحسكة 18..24.
    const old = `${JSON.stringify({
      text: RAW,
      label: [
        [13, 14, 'casualty_count'],
        [18, 24, 'place'],
      ],
    })}\n`;
    const outcome = importDoccano(old);
    expect(outcome.ok && outcome.offsetUnit).toBe('utf16');
    expect(
      outcome.ok && outcome.warnings.some((w) => w.startsWith('offsets read as UTF-16 code units')),
    ).toBe(true);
    expect(spansOf(outcome)).toEqual(storedSpans);
  });

  it('Label Studio: value.start/end in code points (16..22 in the CRLF text), checked against value.text', () => {
    const content = exportLabelStudio([fromCrlfFile()]).content;
    const value = JSON.parse(content)[0].annotations[0].result[1].value;
    expect(value).toEqual({ start: 16, end: 22, text: 'الحسكة', labels: ['place'] });
    expect(spansOf(importLabelStudio(content))).toEqual(storedSpans);
  });

  it('Prodigy: code points, and token indices from the CoNLL tokenizer when asked', () => {
    const line = JSON.parse(exportProdigy([stored()], { tokens: true }).content);
    // Tokens: Hi(0) 😀(1) 😀(2) قتل(3) ٣(4) في(5) الحسكة(6); الحسكة is code points 15..21.
    expect(line.spans).toEqual([
      { start: 10, end: 11, label: 'casualty_count', token_start: 4, token_end: 4 },
      { start: 15, end: 21, label: 'place', token_start: 6, token_end: 6 },
    ]);
    expect(line.tokens[6]).toEqual({ text: 'الحسكة', start: 15, end: 21, id: 6, ws: false });
    expect(line.tokens[2]).toEqual({ text: '😀', start: 4, end: 5, id: 2, ws: true });
    expect(spansOf(importProdigy(JSON.stringify(line)))).toEqual(storedSpans);
  });

  it('brat: code points of the .txt as on disk, CRLF kept byte for byte', () => {
    const { files } = exportBrat([fromCrlfFile()]);
    const txt = files.find((file) => file.path === 'art-1.txt');
    const ann = files.find((file) => file.path === 'art-1.ann');
    expect(txt?.content).toBe(RAW);
    expect(ann?.content).toBe('T1\tcasualty_count 11 12\t٣\nT2\tplace 16 22\tالحسكة\n');
    const back = importBrat(files);
    expect(spansOf(back)).toEqual(storedSpans);
    expect(back.ok && back.documents[0]?.meta?.rawText).toBe(RAW);
    // Stored text without an original: 10..11 and 15..21.
    expect(exportBrat([stored()]).files.find((file) => file.path === 'art-1.ann')?.content).toBe(
      'T1\tcasualty_count 10 11\t٣\nT2\tplace 15 21\tالحسكة\n',
    );
  });

  it('brat: a .ann counted in UTF-8 bytes is recognised, with a warning', () => {
    const outcome = importBrat([
      { path: 'a.txt', content: RAW },
      { path: 'a.ann', content: 'T1\tcasualty_count 20 22\t٣\nT2\tplace 28 40\tالحسكة\n' },
    ]);
    expect(outcome.ok && outcome.offsetUnit).toBe('utf8-byte');
    expect(spansOf(outcome)).toEqual(storedSpans);
  });

  it('CoNLL: one token per line, a sentence per line of text, tags on the tokens', () => {
    const { content } = exportConll([stored()]);
    expect(content).toBe('Hi O\n😀 O\n😀 O\n\nقتل O\n٣ B-casualty_count\nفي O\nالحسكة B-place\n');
    const back = importConll(content);
    // The rebuilt text joins tokens with spaces: "Hi 😀 😀\nقتل ٣ في الحسكة" (a space between the emoji now).
    expect(back.ok && back.documents[0]?.text).toBe('Hi 😀 😀\nقتل ٣ في الحسكة');
    expect(spansOf(back)).toEqual([
      { start: 13, end: 14, label: 'casualty_count', text: '٣' },
      { start: 18, end: 24, label: 'place', text: 'الحسكة' },
    ]);
  });

  it('W3C: TextPositionSelector in code points of the stored text, quote with context', () => {
    const { content } = exportW3c([stored()]);
    const item = JSON.parse(content).first.items[1];
    expect(item.target.selector).toEqual([
      { type: 'TextPositionSelector', start: 15, end: 21 },
      { type: 'TextQuoteSelector', exact: 'الحسكة', prefix: 'Hi 😀😀\nقتل ٣ في ', suffix: '' },
    ]);
    expect(spansOf(importW3c(content, { documents: [{ id: 'art-1', text: STORED }] }))).toEqual(storedSpans);
  });

  it('CSV: code points and UTF-16 units side by side, UTF-8 BOM and CRLF', () => {
    const { content } = exportCsvSpans([stored()]);
    expect(content).toBe(
      '\uFEFFdocument_id,title,label,text,start,end,start_utf16,end_utf16,annotator,attributes,status\r\n' +
        'art-1,Raid,casualty_count,٣,10,11,12,13,,,todo\r\n' +
        'art-1,Raid,place,الحسكة,15,21,17,23,,,todo\r\n',
    );
    expect(spansOf(importCsvSpans(content, { documents: [{ id: 'art-1', text: STORED }] }))).toEqual(
      storedSpans,
    );
  });
});
