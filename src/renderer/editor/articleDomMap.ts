/**
 * Maps between the rendered article (one block element per line of the stored text, inside the article
 * root) and UTF-16 offsets into the stored text. Lines are joined by exactly one "\n" in the stored text,
 * which has no DOM counterpart: an offset at a line's end is the point after its last character.
 *
 * Written against the DOM only, not Lexical's node model: the paragraphs Lexical renders are what the user
 * selects and what highlights are painted on, so that is what has to agree with the text.
 */
export interface DomPoint {
  node: Node;
  offset: number;
}

export class ArticleDomMap {
  /** UTF-16 offset at which each line (paragraph) starts. */
  readonly lineStarts: number[];

  constructor(
    readonly root: HTMLElement,
    readonly text: string,
  ) {
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  get paragraphCount(): number {
    return this.lineStarts.length;
  }

  /** True when the DOM holds exactly one block per line, i.e. the map can be trusted. */
  matchesDom(): boolean {
    return this.root.childElementCount === this.paragraphCount;
  }

  paragraph(index: number): Element | null {
    return this.root.children.item(index);
  }

  lineLength(index: number): number {
    const start = this.lineStarts[index] ?? this.text.length;
    const next = this.lineStarts[index + 1];
    return (next === undefined ? this.text.length + 1 : next) - 1 - start;
  }

  /** The paragraph holding a UTF-16 offset: the last line starting at or before it. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A DOM selection point → UTF-16 offset into the stored text, or null when outside the article. */
  toOffset(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    if (node === this.root) {
      return offset >= this.paragraphCount ? this.text.length : (this.lineStarts[offset] as number);
    }
    let block: Node = node;
    while (block.parentNode && block.parentNode !== this.root) block = block.parentNode;
    const index = Array.prototype.indexOf.call(this.root.children, block);
    if (index < 0) return null;
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    const local = Math.min(range.toString().length, this.lineLength(index));
    return (this.lineStarts[index] as number) + local;
  }

  /** UTF-16 offset → a DOM point inside the paragraph's text nodes. */
  toDomPoint(offset: number): DomPoint {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = this.lineOf(clamped);
    const block = this.paragraph(index);
    if (!block) return { node: this.root, offset: this.root.childNodes.length };
    let local = clamped - (this.lineStarts[index] as number);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (
      let current = walker.nextNode() as Text | null;
      current;
      current = walker.nextNode() as Text | null
    ) {
      if (local <= current.data.length) return { node: current, offset: local };
      local -= current.data.length;
      last = current;
    }
    return last ? { node: last, offset: last.data.length } : { node: block, offset: 0 };
  }

  /** A live DOM Range over [start, end) (UTF-16). */
  toRange(start: number, end: number): Range {
    const range = document.createRange();
    const from = this.toDomPoint(start);
    const to = this.toDomPoint(end);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }
}
