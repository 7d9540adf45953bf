import { describe, expect, test } from 'vitest';
import {
  layoutParagraphs,
  normalizeGlyphText,
  type PdfPageText,
  type PdfTextItem,
} from '../../../src/renderer/intake/pdfLayout';

/** An item at (x, y) of the given width, font size 10 unless said; dir as pdf.js would resolve it. */
function item(str: string, x: number, y: number, width: number, size = 10): PdfTextItem {
  const dir = /[\u0590-\u08FF\uFB1D-\uFEFC]/.test(str) ? 'rtl' : 'ltr';
  return { str, dir, transform: [size, 0, 0, size, x, y], width, height: size, fontName: 'f' };
}

const page = (...items: PdfTextItem[]): PdfPageText => ({
  items,
  styles: { f: { ascent: 0.9, descent: -0.25 } },
});

/** Lines of one paragraph each `pitch` apart, starting at y = 700. */
function lines(texts: string[], pitch = 12, top = 700, size = 10): PdfTextItem[] {
  return texts.map((text, i) => item(text, 50, top - i * pitch, text.length * size * 0.5, size));
}

describe('lines and paragraphs', () => {
  test('lines of a paragraph are joined with a space; a larger gap starts a paragraph', () => {
    const items = [...lines(['one two', 'three four']), ...lines(['five six', 'seven'], 12, 700 - 12 - 24)];
    expect(layoutParagraphs([page(...items)])).toEqual(['one two three four', 'five six seven']);
  });

  test('a line ending with a hyphen is joined without a space, the hyphen left as is', () => {
    expect(layoutParagraphs([page(...lines(['an inter-', 'national team', 'well-', 'known']))])).toEqual([
      'an inter-national team well-known',
    ]);
  });

  test('a spaced dash at a line end keeps its space', () => {
    expect(layoutParagraphs([page(...lines(['Homs -', 'Spanlight reports']))])).toEqual([
      'Homs - Spanlight reports',
    ]);
  });

  test('a page boundary ends a paragraph, so words across it are not glued', () => {
    const first = page(...lines(['the last words of a page', 'that ends mid']));
    const second = page(...lines(['sentence and goes on']));
    expect(layoutParagraphs([first, second])).toEqual([
      'the last words of a page that ends mid',
      'sentence and goes on',
    ]);
  });

  test('a change of font size (a heading) ends a paragraph', () => {
    const heading = item('A heading', 50, 720, 90, 16);
    expect(layoutParagraphs([page(heading, ...lines(['body text', 'more body']))])).toEqual([
      'A heading',
      'body text more body',
    ]);
  });

  test('text moving up (a second column) starts a paragraph', () => {
    const left = lines(['left column', 'goes down']);
    const right = lines(['right column', 'goes down too']).map((i) => ({
      ...i,
      transform: [10, 0, 0, 10, 300, i.transform[5] as number],
    }));
    expect(layoutParagraphs([page(...left, ...right)])).toEqual([
      'left column goes down',
      'right column goes down too',
    ]);
  });

  test('single-line paragraphs stay separate (the pitch falls back to the font’s line height)', () => {
    const items = lines(['First paragraph.', 'Second paragraph.', 'Third paragraph.'], 24);
    expect(layoutParagraphs([page(...items)])).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third paragraph.',
    ]);
  });

  test('double-spaced lines of one paragraph stay together', () => {
    const items = [...lines(['a b', 'c d', 'e f'], 20), ...lines(['g h', 'i j'], 20, 700 - 40 - 34)];
    expect(layoutParagraphs([page(...items)])).toEqual(['a b c d e f', 'g h i j']);
  });

  test('items of a line are joined by position; gaps become spaces, touching items do not', () => {
    const items = [item('wor', 50, 700, 15), item('ld', 65, 700, 10), item('next', 80, 700, 20)];
    expect(layoutParagraphs([page(...items)])).toEqual(['world next']);
  });

  test('pdf.js whitespace items are ignored and re-derived from the gaps', () => {
    const items = [
      item('a', 50, 700, 5),
      item(' ', 55, 700, 0),
      item('b', 55, 700, 5),
      item(' ', 60, 700, 3),
      item('c', 63, 700, 5),
    ];
    expect(layoutParagraphs([page(...items)])).toEqual(['ab c']);
  });

  test('a superscript stays on its line', () => {
    const items = [item('note', 50, 700, 20), item('1', 70, 703, 3, 6), item('text', 76, 700, 20)];
    expect(layoutParagraphs([page(...items)])).toEqual(['note1 text']);
  });

  test('no text, no paragraphs', () => {
    expect(layoutParagraphs([page(), page(item('  ', 1, 1, 1))])).toEqual([]);
  });

  test('malformed items are skipped, not fatal', () => {
    const bad = [
      { str: 'x', dir: 'ltr', transform: [Number.NaN, 0, 0, 10, 0, 0], width: 1, height: 1 },
      { str: 'y', dir: 'ltr', transform: [1, 2], width: 1, height: 1 },
      { str: undefined, dir: 'ltr', transform: [10, 0, 0, 10, 0, 0], width: 1, height: 1 },
    ] as unknown as PdfTextItem[];
    expect(layoutParagraphs([page(...bad, item('ok', 50, 700, 10))])).toEqual(['ok']);
  });
});

describe('right-to-left text', () => {
  // Arabic glyph items as Chromium's PDFs give them: one per letter, in visual order (left to right), each
  // already reversed to logical order by pdf.js (one letter: nothing to reverse). "كتب ولد" drawn as
  // [د][ل][و] [ب][ت][ك] from left to right.
  const letters = (word: string, right: number, y = 700, w = 5): PdfTextItem[] =>
    Array.from(word, (letter, i) => item(letter, right - (i + 1) * w, y, w));

  test('letters and words read from right to left', () => {
    const items = [...letters('كتب', 200), ...letters('ولد', 200 - 15 - 3)];
    // Stream order is visual, left to right.
    items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    expect(layoutParagraphs([page(...items)])).toEqual(['كتب ولد']);
  });

  test('a zero-width mark follows the letter it sits on', () => {
    // "شخصاً": the tanween (U+064B) sits inside the alef, drawn after it in the stream.
    const items = [...letters('شخصا', 200)];
    const alef = items[3] as PdfTextItem;
    items.push(item('\u064B', (alef.transform[4] as number) + 1, 703, 0));
    items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    expect(layoutParagraphs([page(...items)])).toEqual(['شخصاً']);
  });

  test('a Latin phrase and a number inside Arabic keep their own order', () => {
    // Logical: "إذاعة Homs FM عام 2019" laid out right to left.
    const items = [
      ...letters('إذاعة', 300),
      item('Homs', 300 - 25 - 3 - 33, 700, 20),
      item('FM', 300 - 25 - 3 - 10, 700, 10),
      ...letters('عام', 300 - 25 - 3 - 33 - 3),
      item('2019', 300 - 25 - 3 - 33 - 3 - 15 - 3 - 20, 700, 20),
    ];
    items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    expect(layoutParagraphs([page(...items)])).toEqual(['إذاعة Homs FM عام 2019']);
  });

  test('brackets drawn mirrored in right-to-left text are mirrored back', () => {
    // Logical "(وفق)": the opening bracket is at the right, drawn as ")".
    const items = [item(')', 200 - 3, 700, 3), ...letters('وفق', 197), item('(', 197 - 15 - 3, 700, 3)];
    expect(layoutParagraphs([page(...items)])).toEqual(['(وفق)']);
  });

  test('lines of a right-to-left paragraph follow each other, page order kept', () => {
    const items = [...letters('سطر', 200, 700), ...letters('ثان', 200, 688)];
    expect(layoutParagraphs([page(...items)])).toEqual(['سطر ثان']);
  });

  test('an Arabic name inside an English line reads right to left within the line', () => {
    const items = [
      item('The town of', 50, 700, 55),
      ...letters('حمص', 50 + 55 + 3 + 15),
      item('is old', 50 + 55 + 3 + 15 + 3, 700, 30),
    ];
    items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    expect(layoutParagraphs([page(...items)])).toEqual(['The town of حمص is old']);
  });
});

describe('normalizeGlyphText', () => {
  test.each([
    ['\uFE94\uFEE3', 'ةم'],
    ['\uFEFB', 'لا'],
    ['\uFE70', '\u064B'],
    ['\uFB01nd', 'find'],
    ['plain ascii', 'plain ascii'],
    ['عربي', 'عربي'],
    ['\u00A0x\u2009', '\u00A0x\u2009'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeGlyphText(input)).toBe(expected);
  });
});
