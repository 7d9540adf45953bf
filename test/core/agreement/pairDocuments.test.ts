import { describe, expect, it } from 'vitest';
import { pairDocumentsByText } from '../../../src/core/agreement/pairDocuments';
import type { FormatDocument } from '../../../src/core/formats/types';

const doc = (id: string, text: string): FormatDocument => ({ id, title: '', text, annotations: [] });

describe('pairDocumentsByText', () => {
  it('pairs by text whatever the ids and order, and lists the documents without a partner', () => {
    const a = [doc('1', 'قسد في الرقة'), doc('2', 'Ali met Sara.'), doc('3', 'only A')];
    const b = [doc('x', 'Ali met Sara.'), doc('y', 'قسد في الرقة'), doc('z', 'only B')];
    const { pairs, onlyA, onlyB } = pairDocumentsByText(a, b);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([
      ['1', 'y'],
      ['2', 'x'],
    ]);
    expect(onlyA.map((d) => d.id)).toEqual(['3']);
    expect(onlyB.map((d) => d.id)).toEqual(['z']);
  });

  it('pairs copies of one text in order; a text differing by one character is another document', () => {
    const { pairs, onlyA, onlyB } = pairDocumentsByText(
      [doc('1', 'same'), doc('2', 'same'), doc('3', 'e\u0301')],
      [doc('x', 'same'), doc('y', '\u00e9')],
    );
    expect(pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([['1', 'x']]);
    expect(onlyA.map((d) => d.id)).toEqual(['2', '3']);
    expect(onlyB.map((d) => d.id)).toEqual(['y']);
  });
});
