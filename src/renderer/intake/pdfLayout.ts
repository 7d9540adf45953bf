/**
 * Rebuilds paragraphs from the positioned text items of PDF pages (pdf.js `getTextContent`), in logical
 * (reading) order. Pure: no pdf.js import, so it is unit-testable with hand-made items.
 *
 * Lines. Items come in content-stream order. An item joins the current line while its baseline stays
 * within half a font size of the line's; otherwise it starts a new line. Whitespace-only items (the spaces
 * pdf.js infers) are dropped: spaces between items are re-derived from the gaps between them (a gap wider
 * than SPACE_GAP font sizes is a space).
 *
 * Order within a line. Items are placed by their x position, then ordered like the Unicode bidi algorithm
 * does at item granularity: in a right-to-left paragraph, runs of left-to-right items ("Homs FM", "12000")
 * keep their left-to-right order and everything else reads from right to left (by right edge, so a
 * zero-width mark follows the letter it sits on); in a left-to-right paragraph, runs of right-to-left items
 * read from right to left. pdf.js has already put the characters inside each right-to-left item in logical
 * order. A paragraph is right to left when it has more strong right-to-left letters than left-to-right
 * ones. Brackets in right-to-left runs are drawn mirrored, so they are mirrored back ("(" ↔ ")").
 *
 * Characters. Arabic and Hebrew presentation forms (the contextual glyph shapes some PDF producers map
 * glyphs to, Chromium's among them) and Latin ligatures become the characters they stand for (NFKC on
 * those blocks only). Nothing else is changed.
 *
 * Paragraphs. Consecutive lines of one page belong to one paragraph unless the step between their
 * baselines exceeds PARAGRAPH_GAP times the document's line pitch, the text moves up (a new column), or
 * the font size changes by more than FONT_SIZE_CHANGE. The line pitch comes from the steps between lines
 * (see linePitch), falling back to the font's natural line height (ascent − descent). A page boundary
 * always ends a paragraph, so words on either side of a page break are never glued.
 *
 * Joining. Lines of a paragraph are joined with one space, except after a line ending with a hyphen right
 * after a letter, which is left as is and joined without a space ("inter-" + "national" gives
 * "inter-national"; a spaced dash "Homs -" + "Reuters" keeps its space). Paragraphs are
 * separated by a blank line by the caller.
 */

export interface PdfTextItem {
  str: string;
  /** 'ltr', 'rtl' or 'ttb', as pdf.js resolved it for the item. */
  dir: string;
  /** [a, b, c, d, e, f]: the text matrix; (e, f) is the baseline origin in page space (y up). */
  transform: number[];
  /** Advance width in page space. */
  width: number;
  height: number;
  fontName?: string;
}

export interface PdfFontStyle {
  ascent?: number;
  descent?: number;
}

export interface PdfPageText {
  items: readonly PdfTextItem[];
  styles?: Readonly<Record<string, PdfFontStyle>>;
}

export const SPACE_GAP = 0.12;
export const PARAGRAPH_GAP = 1.4;
export const FONT_SIZE_CHANGE = 0.2;
const SAME_LINE = 0.5;
const DEFAULT_NATURAL_LINE = 1.2;
const CLUSTER_SPREAD = 0.12;

/** A right-to-left character other than a digit (Arabic-Indic digits read left to right, like numbers). */
const RTL_LETTER = /(?![\u0660-\u0669\u06F0-\u06F9])[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const RTL_LETTERS = /(?![\u0660-\u0669\u06F0-\u06F9])[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/gu;
const LTR_LETTERS = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC])\p{L}/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const MARKS_ONLY = /^\s*\p{M}+\s*$/u;
/** A hyphen right after a letter: a word broken or compounded across lines (not a spaced dash). */
const LINE_END_HYPHEN = /\p{L}[-\u00AD\u2010]$/u;
const PRESENTATION_FORMS = /[\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFDFF\uFE70-\uFEFC]+/gu;

const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/** Presentation forms and ligatures to the characters they stand for; nothing else changes. */
export function normalizeGlyphText(text: string): string {
  return text.replace(PRESENTATION_FORMS, (forms) =>
    // NFKC gives the isolated harakat forms (U+FE70…) a leading space: the mark alone is meant.
    Array.from(forms, (form) => form.normalize('NFKC').replace(/^ (?=\p{M})/u, '')).join(''),
  );
}

const mirror = (text: string): string => text.replace(/[()[\]{}<>«»‹›]/g, (c) => MIRRORED[c] ?? c);

/** R: right-to-left letters; L: other letters; D: numbers; N: neither (punctuation, marks alone…). */
type Strength = 'R' | 'L' | 'D' | 'N';

interface PlacedItem {
  text: string;
  index: number;
  strength: Strength;
  /** Extent along the baseline, in page units. */
  left: number;
  right: number;
  size: number;
}

interface Line {
  items: PlacedItem[];
  baseline: number;
  size: number;
  angle: number;
  rtlLetters: number;
  ltrLetters: number;
}

function strength(text: string): Strength {
  if (RTL_LETTER.test(text)) return 'R';
  if (LETTER.test(text)) return 'L';
  return DIGIT.test(text) ? 'D' : 'N';
}

function countLetters(text: string): { rtl: number; ltr: number } {
  return { rtl: text.match(RTL_LETTERS)?.length ?? 0, ltr: text.match(LTR_LETTERS)?.length ?? 0 };
}

/** Splits a page's items into lines, in stream order. */
function pageLines(page: PdfPageText): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  page.items.forEach((item, index) => {
    if (typeof item.str !== 'string' || !Array.isArray(item.transform) || item.transform.length < 6) return;
    let text = normalizeGlyphText(item.str);
    if (text.trim() === '') return;
    if (MARKS_ONLY.test(text)) text = text.trim();
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    if (![a, b, c, d, e, f, item.width].every(Number.isFinite)) return;
    const angle = Math.round((Math.atan2(b, a) * 180) / Math.PI);
    const radians = (angle * Math.PI) / 180;
    const cos = Math.cos(radians);
    const sin = Math.sin(radians);
    const size = Math.hypot(c, d) || Math.abs(item.height) || 1;
    // Coordinates in the item's own orientation: x along the baseline, y across it.
    const x = e * cos + f * sin;
    const y = -e * sin + f * cos;
    const width = Math.max(0, Math.abs(item.width));
    const placed: PlacedItem = { text, index, strength: strength(text), left: x, right: x + width, size };
    if (
      !current ||
      current.angle !== angle ||
      Math.abs(current.baseline - y) > SAME_LINE * Math.max(size, current.size)
    ) {
      current = { items: [], baseline: y, size, angle, rtlLetters: 0, ltrLetters: 0 };
      lines.push(current);
    }
    current.items.push(placed);
    // The line's size and baseline are those of its largest text (a superscript does not move them).
    if (size > current.size * (1 + FONT_SIZE_CHANGE)) {
      current.size = size;
      current.baseline = y;
    }
    const letters = countLetters(text);
    current.rtlLetters += letters.rtl;
    current.ltrLetters += letters.ltr;
  });
  return lines;
}

interface Run {
  items: PlacedItem[];
  /** Whether the run reads from right to left. */
  rightToLeft: boolean;
  left: number;
  right: number;
}

/**
 * Splits visually sorted items into runs: maximal runs of the embedded direction (Latin words and numbers
 * in a right-to-left paragraph, Arabic or Hebrew words in a left-to-right one), neutral items between two
 * of their items included, and the base-direction runs between them.
 */
function lineRuns(visual: PlacedItem[], rtl: boolean): Run[] {
  const embedded = (item: PlacedItem): boolean =>
    rtl ? item.strength === 'L' || item.strength === 'D' : item.strength === 'R';
  const neutral = (item: PlacedItem): boolean => item.strength === 'N' || (!rtl && item.strength === 'D');
  const result: Run[] = [];
  const push = (items: PlacedItem[], isEmbedded: boolean): void => {
    if (items.length === 0) return;
    result.push({
      items,
      rightToLeft: rtl !== isEmbedded,
      // reduce, not Math.min(...spread): a line may hold more glyph items than a call takes arguments.
      left: items.reduce((min, item) => Math.min(min, item.left), Number.POSITIVE_INFINITY),
      right: items.reduce((max, item) => Math.max(max, item.right), Number.NEGATIVE_INFINITY),
    });
  };
  let base: PlacedItem[] = [];
  let i = 0;
  while (i < visual.length) {
    const item = visual[i] as PlacedItem;
    if (!embedded(item)) {
      base.push(item);
      i++;
      continue;
    }
    let lastEmbedded = i;
    for (let j = i + 1; j < visual.length; j++) {
      const next = visual[j] as PlacedItem;
      if (embedded(next)) lastEmbedded = j;
      else if (!neutral(next)) break;
    }
    push(base, false);
    base = [];
    push(visual.slice(i, lastEmbedded + 1), true);
    i = lastEmbedded + 1;
  }
  push(base, false);
  return rtl ? result.reverse() : result;
}

const byLeft = (x: PlacedItem, y: PlacedItem): number => x.left - y.left || x.index - y.index;
const byRightDescending = (x: PlacedItem, y: PlacedItem): number => y.right - x.right || y.index - x.index;

function needsSpace(before: string, after: string, gap: number, size: number): boolean {
  return gap > SPACE_GAP * size && !/\s$/.test(before) && !/^\s/.test(after);
}

/**
 * Concatenates pieces in reading order, adding a space where the next piece starts visibly apart from
 * where the text so far ends (its frontier: the leftmost point read so far going right to left, the
 * rightmost going left to right, so a zero-width mark inside a letter never opens a gap).
 */
function joinPieces(
  pieces: { text: string; left: number; right: number; size: number }[],
  rightToLeft: boolean,
): string {
  let text = '';
  let frontier = Number.NaN;
  for (const piece of pieces) {
    if (text !== '') {
      const gap = rightToLeft ? frontier - piece.right : piece.left - frontier;
      if (needsSpace(text, piece.text, gap, piece.size)) text += ' ';
    }
    text += piece.text;
    frontier = Number.isNaN(frontier)
      ? rightToLeft
        ? piece.left
        : piece.right
      : rightToLeft
        ? Math.min(frontier, piece.left)
        : Math.max(frontier, piece.right);
  }
  return text;
}

/** The text of one line in logical order, for a paragraph of the given direction. */
function lineText(line: Line, rtl: boolean): string {
  const visual = [...line.items].sort(byLeft);
  const pieces = lineRuns(visual, rtl).map((run) => {
    const ordered = run.rightToLeft ? [...run.items].sort(byRightDescending) : run.items;
    const text = joinPieces(
      ordered.map((item) => ({
        text: run.rightToLeft && item.strength !== 'L' ? mirror(item.text) : item.text,
        left: item.left,
        right: item.right,
        size: item.size,
      })),
      run.rightToLeft,
    );
    return { text, left: run.left, right: run.right, size: line.size };
  });
  return joinPieces(pieces, rtl).trim();
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= FONT_SIZE_CHANGE * Math.max(a.size, b.size);
}

/** Baseline step (downward, in font sizes) from one line to the next, or NaN if the text moved up/sideways. */
function step(previous: Line, line: Line): number {
  if (previous.angle !== line.angle) return Number.NaN;
  const down = previous.baseline - line.baseline;
  return down > 0 ? down / Math.max(previous.size, line.size) : Number.NaN;
}

/** The natural line height (ascent − descent, in font sizes) of the fonts the pages use most. */
function naturalLineHeight(pages: readonly PdfPageText[]): number {
  const weights = new Map<number, number>();
  for (const page of pages) {
    for (const item of page.items) {
      const style = item.fontName ? page.styles?.[item.fontName] : undefined;
      if (!style || typeof style.ascent !== 'number' || typeof style.descent !== 'number') continue;
      const height = style.ascent - style.descent;
      if (!Number.isFinite(height) || height < 0.8 || height > 2.5) continue;
      const key = Math.round(height * 100) / 100;
      weights.set(key, (weights.get(key) ?? 0) + (item.str?.length ?? 0));
    }
  }
  let best = DEFAULT_NATURAL_LINE;
  let bestWeight = 0;
  for (const [height, weight] of weights) {
    if (weight > bestWeight) {
      best = height;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * The document's line pitch, in font sizes. Steps between consecutive lines of equal size fall into
 * clusters (within CLUSTER_SPREAD of each other). With two clusters or more, the lowest one that is not a
 * stray (two steps at least) is the pitch between lines of a paragraph, the others being paragraph gaps —
 * whatever the spacing (double-spaced text included). With one cluster it is either: taken as the line
 * pitch when plausible for the font (up to 1.6 × its natural line height), else every step is a paragraph
 * gap (single-line paragraphs) and the font's natural line height is the pitch.
 */
function linePitch(allLines: Line[][], natural: number): number {
  const steps: number[] = [];
  for (const lines of allLines) {
    for (let i = 1; i < lines.length; i++) {
      const previous = lines[i - 1] as Line;
      const line = lines[i] as Line;
      if (!sameSize(previous, line)) continue;
      const s = step(previous, line);
      if (s > 0.5 && s < 5) steps.push(s);
    }
  }
  if (steps.length === 0) return natural;
  steps.sort((x, y) => x - y);
  const clusters: number[][] = [];
  for (const s of steps) {
    const last = clusters[clusters.length - 1];
    const lastValue = last?.[last.length - 1];
    if (last && lastValue !== undefined && s <= lastValue * (1 + CLUSTER_SPREAD)) last.push(s);
    else clusters.push([s]);
  }
  const median = (values: number[]): number => quantile(values, 0.5);
  if (clusters.length >= 2) {
    const lowest = clusters.find((cluster) => cluster.length >= 2);
    if (lowest && lowest !== clusters[clusters.length - 1]) return median(lowest);
  }
  const value = median(steps);
  return value <= natural * 1.6 ? value : natural;
}

/** Paragraphs of the pages, in order, each a single string (lines joined as described above). */
export function layoutParagraphs(pages: readonly PdfPageText[]): string[] {
  const allLines = pages.map(pageLines);
  const pitch = linePitch(allLines, naturalLineHeight(pages));
  const paragraphs: string[] = [];
  for (const lines of allLines) {
    let group: Line[] = [];
    const flush = (): void => {
      if (group.length === 0) return;
      const rtlLetters = group.reduce((sum, line) => sum + line.rtlLetters, 0);
      const ltrLetters = group.reduce((sum, line) => sum + line.ltrLetters, 0);
      const rtl = rtlLetters > ltrLetters;
      let text = '';
      for (const line of group) {
        const piece = lineText(line, rtl);
        if (piece === '') continue;
        if (text !== '' && !LINE_END_HYPHEN.test(text)) text += ' ';
        text += piece;
      }
      if (text.trim() !== '') paragraphs.push(text);
      group = [];
    };
    for (const line of lines) {
      const previous = group[group.length - 1];
      if (previous) {
        const s = step(previous, line);
        if (!(s > 0) || s > PARAGRAPH_GAP * pitch || !sameSize(previous, line)) flush();
      }
      group.push(line);
    }
    flush();
  }
  return paragraphs;
}
