/**
 * Turns a (sanitized) DOM into Spanlight's raw text: one paragraph per block, paragraphs separated by a blank
 * line ("\n\n"), no markup.
 *
 * This is rendering, as a browser would lay the text out, not normalization of the stored text:
 * - headings, paragraphs, list items, blockquotes, table rows, figure captions, definition terms and
 *   descriptions (every block element) become paragraphs; empty blocks are skipped;
 * - within a block, runs of HTML white space (space, tab, CR, LF, FF) collapse to one space and vanish at the
 *   start and end of a line; no-break spaces and other Unicode spaces are kept as they are;
 * - `<br>` is a line break ("\n"); several in a row give at most one blank line;
 * - table cells of a row are separated by a tab; blocks inside a cell are lines ("\n"), so a row stays one
 *   paragraph;
 * - `<pre>` keeps its white space and line breaks.
 */

const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never text, should this run on a DOM that was not sanitized. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'SVG', 'MATH']);

const HTML_WHITE_SPACE = /[\t\n\f\r ]+/g;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

class ParagraphSink {
  readonly paragraphs: string[] = [];
  private buffer = '';
  /** Inside a table cell, blocks are lines: a row stays one paragraph. */
  cellDepth = 0;

  text(data: string): void {
    this.buffer += data.replace(HTML_WHITE_SPACE, ' ');
  }

  lineBreak(): void {
    this.buffer += '\n';
  }

  cellSeparator(): void {
    this.buffer = `${this.buffer.replace(/\n+$/, '')}\t`;
  }

  /** Ends the current block: its text, laid out, becomes a paragraph unless it is blank. */
  flush(): void {
    if (this.cellDepth > 0) {
      // Within a cell a block boundary is a line break, none at the start of the cell.
      if (this.buffer !== '' && !/[\t\n] *$/.test(this.buffer)) this.lineBreak();
      return;
    }
    if (this.buffer === '') return;
    // The buffer holds collapsed text (single spaces from the source) plus "\n" for <br> and "\t" between
    // cells, both added here: spaces around them and at the ends are the ones a browser would not show.
    const laidOut = this.buffer
      .replace(/ {2,}/g, ' ')
      .replace(/ *([\n\t]) */g, '$1')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^[ \n\t]+|[ \n\t]+$/g, '');
    this.buffer = '';
    if (laidOut !== '') this.paragraphs.push(laidOut);
  }

  /** Preformatted text, kept as written (only leading and trailing blank lines dropped). */
  preformatted(text: string): void {
    if (this.cellDepth > 0) {
      this.flush();
      this.buffer += text.replace(/^\n+|\s+$/g, '').replace(/\n{2,}/g, '\n');
      this.flush();
      return;
    }
    this.flush();
    const trimmed = text.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
    if (trimmed.trim() !== '') this.paragraphs.push(trimmed);
  }
}

function preformattedText(node: Node): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const name = (node as Element).tagName.toUpperCase();
  if (name === 'BR') return '\n';
  if (SKIPPED_ELEMENTS.has(name)) return '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += preformattedText(child);
  return text;
}

function walk(node: Node, sink: ParagraphSink): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    sink.text(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const name = element.tagName.toUpperCase();
  if (SKIPPED_ELEMENTS.has(name)) return;
  if (name === 'BR') {
    sink.lineBreak();
    return;
  }
  if (name === 'PRE') {
    sink.preformatted(preformattedText(element));
    return;
  }
  if (name === 'TD' || name === 'TH') {
    if (element.previousElementSibling) sink.cellSeparator();
    sink.cellDepth++;
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child, sink);
    sink.cellDepth--;
    return;
  }
  const block = BLOCK_ELEMENTS.has(name);
  if (block) sink.flush();
  for (let child = element.firstChild; child; child = child.nextSibling) walk(child, sink);
  if (block) sink.flush();
}

/** The paragraphs of a DOM subtree, laid out as described above. */
export function htmlParagraphs(root: Node): string[] {
  const sink = new ParagraphSink();
  walk(root, sink);
  sink.flush();
  return sink.paragraphs;
}

/** The text of a DOM subtree: its paragraphs separated by a blank line. */
export function htmlToText(root: Node): string {
  return htmlParagraphs(root).join('\n\n');
}
