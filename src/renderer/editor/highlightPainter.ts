import { LABELS, type LabelKey } from '../../core/labels';
import { overlapRegions } from '../../core/spans/overlaps';
import type { Span } from '../../core/spans/span';
import type { ArticleDomMap } from './articleDomMap';

export const HIGHLIGHT_NAMES = {
  label: (key: LabelKey) => `spanlight-${key}`,
  overlap: 'spanlight-overlap',
  selected: 'spanlight-selected',
} as const;

/**
 * User-timing marks for the benchmark (bench/): set right after the frame that paints the newly registered
 * highlights (a task queued from that frame's animation callback runs once its paint is done). Cheap enough
 * to leave on.
 */
export const PERFORMANCE_MARKS = {
  articlePainted: 'spanlight:article-painted',
  spansPainted: 'spanlight:spans-painted',
} as const;

function markAfterNextFrame(name: string, registered: number): void {
  requestAnimationFrame(() => {
    // The callback runs before this frame's paint; a message posted from it is handled after the paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark(name, { detail: { registered } });
    channel.port2.postMessage(null);
  });
}

/** How far beyond the visible area paragraphs are painted, so scrolling never shows them bare. */
const PAINT_MARGIN = '150% 0px';

interface Registered {
  label: LabelKey;
  range: Range;
}

/**
 * Paints spans with the CSS Custom Highlight API: ranges over the existing text nodes, one Highlight per
 * label. The DOM is never touched, so layout and Arabic letter joining stay exactly as without highlights.
 *
 * Only spans in paragraphs near the viewport are registered: Chromium recomputes every registered range on
 * any highlight change, so registering all 10,000 spans of a long article would make each new tag cost tens
 * of milliseconds. Paragraphs report their visibility through an IntersectionObserver.
 */
export class HighlightPainter {
  private readonly byLabel = new Map<LabelKey, Highlight>();
  private readonly overlap = new Highlight();
  private readonly selected = new Highlight();
  private spans = new Map<string, Span>();
  /** Paragraph index → ids of the spans touching it. */
  private byParagraph = new Map<number, Set<string>>();
  private readonly visible = new Set<number>();
  private readonly registered = new Map<string, Registered>();
  private readonly overlapRanges = new Map<number, Range[]>();
  private selectedId: string | null = null;
  private observer: IntersectionObserver | null = null;
  private firstPaintMarked = false;

  constructor(private map: ArticleDomMap) {
    for (const label of LABELS) {
      const highlight = new Highlight();
      highlight.priority = 1;
      this.byLabel.set(label.key, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES.label(label.key), highlight);
    }
    this.overlap.priority = 2;
    this.selected.priority = 3;
    CSS.highlights.set(HIGHLIGHT_NAMES.overlap, this.overlap);
    CSS.highlights.set(HIGHLIGHT_NAMES.selected, this.selected);
    this.observe();
  }

  /** Brings the painted set in line with `spans`, touching only the paragraphs whose spans changed. */
  sync(spans: readonly Span[], selectedId: string | null): void {
    const next = new Map<string, Span>();
    const dirty = new Set<number>();
    for (const span of spans) {
      next.set(span.id, span);
      const before = this.spans.get(span.id);
      if (before === span) continue;
      if (before) this.forEachParagraph(before, (p) => dirty.add(p));
      this.forEachParagraph(span, (p) => dirty.add(p));
    }
    for (const [id, span] of this.spans) {
      if (!next.has(id)) this.forEachParagraph(span, (p) => dirty.add(p));
    }
    // Re-index the paragraphs of changed spans only.
    for (const p of dirty) this.byParagraph.delete(p);
    for (const span of spans) {
      const before = this.spans.get(span.id);
      if (before === span && !this.touchesAny(span, dirty)) continue;
      this.forEachParagraph(span, (p) => {
        if (dirty.has(p)) this.indexSpan(p, span.id);
      });
    }
    this.spans = next;
    for (const [id, entry] of this.registered) {
      const span = next.get(id);
      if (!span || span.label !== entry.label || !this.isWanted(span)) this.unregister(id);
    }
    for (const p of dirty) this.refreshParagraph(p);
    this.paintSelected(selectedId, true);
    if (dirty.size > 0) markAfterNextFrame(PERFORMANCE_MARKS.spansPainted, this.registered.size);
  }

  /** Repaints everything, e.g. after the paragraphs were re-rendered. */
  reset(map: ArticleDomMap, spans: readonly Span[], selectedId: string | null): void {
    this.map = map;
    for (const highlight of this.byLabel.values()) highlight.clear();
    this.overlap.clear();
    this.registered.clear();
    this.overlapRanges.clear();
    this.visible.clear();
    this.spans = new Map();
    this.byParagraph = new Map();
    for (const span of spans) {
      this.spans.set(span.id, span);
      this.forEachParagraph(span, (p) => this.indexSpan(p, span.id));
    }
    this.selectedId = null;
    this.paintSelected(selectedId, true);
    this.firstPaintMarked = false;
    this.observe();
  }

  /** A range over a span, whether or not it is currently painted. */
  rangeOf(spanId: string): Range | undefined {
    const span = this.spans.get(spanId);
    return span ? (this.registered.get(spanId)?.range ?? this.map.toRange(span.start, span.end)) : undefined;
  }

  /** Number of ranges registered with the browser: what Chromium pays for on every change. */
  get registeredCount(): number {
    return this.registered.size;
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const label of LABELS) CSS.highlights.delete(HIGHLIGHT_NAMES.label(label.key));
    CSS.highlights.delete(HIGHLIGHT_NAMES.overlap);
    CSS.highlights.delete(HIGHLIGHT_NAMES.selected);
  }

  private observe(): void {
    this.observer?.disconnect();
    const paragraphs = Array.from(this.map.root.children);
    const indexOf = new Map(paragraphs.map((element, index) => [element, index]));
    this.observer = new IntersectionObserver(
      (entries) => {
        const changed: number[] = [];
        for (const entry of entries) {
          const index = indexOf.get(entry.target);
          if (index === undefined) continue;
          const was = this.visible.has(index);
          if (entry.isIntersecting && !was) this.visible.add(index);
          else if (!entry.isIntersecting && was) this.visible.delete(index);
          else continue;
          changed.push(index);
        }
        for (const index of changed) this.refreshParagraph(index);
        if (!this.firstPaintMarked) {
          this.firstPaintMarked = true;
          markAfterNextFrame(PERFORMANCE_MARKS.articlePainted, this.registered.size);
        }
      },
      { rootMargin: PAINT_MARGIN },
    );
    for (const element of paragraphs) this.observer.observe(element);
  }

  /** Registers or drops the spans and overlap marks of one paragraph according to its visibility. */
  private refreshParagraph(index: number): void {
    const ids = this.byParagraph.get(index);
    const spansHere: Span[] = [];
    for (const id of ids ?? []) {
      const span = this.spans.get(id);
      if (!span) continue;
      spansHere.push(span);
      if (this.isWanted(span)) this.register(span);
      else this.unregister(id);
    }
    for (const range of this.overlapRanges.get(index) ?? []) this.overlap.delete(range);
    this.overlapRanges.delete(index);
    if (!this.visible.has(index) || spansHere.length < 2) return;
    const lineStart = this.map.lineStarts[index] as number;
    const lineEnd = lineStart + this.map.lineLength(index);
    const ranges: Range[] = [];
    for (const region of overlapRegions(spansHere)) {
      const start = Math.max(region.start, lineStart);
      const end = Math.min(region.end, lineEnd);
      if (start >= end) continue;
      const range = this.map.toRange(start, end);
      this.overlap.add(range);
      ranges.push(range);
    }
    this.overlapRanges.set(index, ranges);
  }

  private isWanted(span: Span): boolean {
    const first = this.map.lineOf(span.start);
    const last = this.map.lineOf(Math.max(span.start, span.end - 1));
    for (let p = first; p <= last; p++) if (this.visible.has(p)) return true;
    return false;
  }

  private register(span: Span): void {
    const current = this.registered.get(span.id);
    if (current && current.label === span.label) return;
    if (current) this.unregister(span.id);
    const range = this.map.toRange(span.start, span.end);
    this.byLabel.get(span.label)?.add(range);
    this.registered.set(span.id, { label: span.label, range });
  }

  private unregister(id: string): void {
    const entry = this.registered.get(id);
    if (!entry) return;
    this.byLabel.get(entry.label)?.delete(entry.range);
    this.registered.delete(id);
  }

  private indexSpan(paragraph: number, id: string): void {
    let ids = this.byParagraph.get(paragraph);
    if (!ids) {
      ids = new Set();
      this.byParagraph.set(paragraph, ids);
    }
    ids.add(id);
  }

  private forEachParagraph(span: Span, visit: (paragraph: number) => void): void {
    const first = this.map.lineOf(span.start);
    const last = this.map.lineOf(Math.max(span.start, span.end - 1));
    for (let p = first; p <= last; p++) visit(p);
  }

  private touchesAny(span: Span, paragraphs: Set<number>): boolean {
    let hit = false;
    this.forEachParagraph(span, (p) => {
      if (paragraphs.has(p)) hit = true;
    });
    return hit;
  }

  private paintSelected(selectedId: string | null, force = false): void {
    if (!force && this.selectedId === selectedId) return;
    this.selectedId = selectedId;
    this.selected.clear();
    const range = selectedId ? this.rangeOf(selectedId) : undefined;
    if (range) this.selected.add(range);
  }
}
