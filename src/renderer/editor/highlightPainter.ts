import { LABELS, type LabelKey } from '../../core/labels';
import { overlapRegions } from '../../core/spans/overlaps';
import type { Span } from '../../core/spans/span';
import type { ArticleDomMap } from './articleDomMap';
import { type ParagraphVisibility, watchParagraphVisibility } from './paragraphVisibility';
import { PendingHighlights } from './pendingHighlights';

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
  /** A tag's pending ("saving") highlight painted, before its commit (a write slower than a frame). */
  pendingPainted: 'spanlight:span-pending-painted',
  /** A new tag first painted, pending or saved: what the researcher sees after the key. */
  tagFirstPainted: 'spanlight:tag-first-painted',
  /** Committed spans painted as saved. */
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

interface Registered {
  label: LabelKey;
  range: Range;
  /** UTF-16 bounds the range was made for: a resized span keeps its id and label but needs a new range. */
  start: number;
  end: number;
}

/**
 * Paints spans with the CSS Custom Highlight API: ranges over the existing text nodes, one Highlight per
 * label. The DOM is never touched, so layout and Arabic letter joining stay exactly as without highlights.
 *
 * Only spans in paragraphs near the viewport are registered: Chromium recomputes every registered range on
 * any highlight change, so registering all 10,000 spans of a long article would make each new tag cost tens
 * of milliseconds. Paragraphs report their visibility through paragraphVisibility.ts.
 *
 * A new tag is painted without waiting for React: saved the moment its transaction commits (`showSaved`), and
 * before that in its pending style only when the write takes longer than a frame (`showPending`); the spans that
 * React passes later are then the same objects and cost nothing to sync.
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
  private visibility: ParagraphVisibility | null = null;
  private firstPaintMarked = false;
  private readonly pending = new PendingHighlights();
  /** Spans shown by `showSaved` that the `spans` passed to `sync` do not hold yet. */
  private readonly ahead = new Map<string, Span>();
  private lastSynced: readonly Span[] | null = null;

  constructor(private map: ArticleDomMap) {
    for (const label of LABELS) this.highlightOf(label.key);
    this.overlap.priority = 2;
    this.selected.priority = 3;
    CSS.highlights.set(HIGHLIGHT_NAMES.overlap, this.overlap);
    CSS.highlights.set(HIGHLIGHT_NAMES.selected, this.selected);
    this.observe();
  }

  /** Brings the painted set in line with `spans`, touching only the paragraphs whose spans changed. */
  sync(spans: readonly Span[], selectedId: string | null): void {
    // Saved spans stay painted through renders that still carry the old list (a selection change); once the
    // list itself changes it is the truth again.
    if (spans !== this.lastSynced) this.ahead.clear();
    this.lastSynced = spans;
    const next = new Map<string, Span>(this.ahead);
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
    for (const span of next.values()) {
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
    this.pending.clear();
    this.ahead.clear();
    this.lastSynced = spans;
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

  /** A tag whose write has started ([start, end) in UTF-16 offsets), named `key`; nothing is painted yet. */
  startTag(key: string, start: number, end: number, label: LabelKey): void {
    this.pending.start(key, label, this.map.toRange(start, end));
  }

  /** Paints the started tag `key` in its pending style, at once: its write is taking longer than a frame. */
  showPending(key: string): void {
    if (!this.pending.paint(key)) return;
    markAfterNextFrame(PERFORMANCE_MARKS.pendingPainted, this.registered.size);
    markAfterNextFrame(PERFORMANCE_MARKS.tagFirstPainted, this.registered.size);
  }

  /** The started tag `key` was committed as `span`: paints it as saved at once, pending or not until now. */
  showSaved(key: string, span: Span): void {
    // Unknown when another document was opened meanwhile: its spans are not this article's.
    if (!this.pending.has(key)) return;
    if (!this.pending.isPainted(key))
      markAfterNextFrame(PERFORMANCE_MARKS.tagFirstPainted, this.registered.size);
    this.pending.remove(key);
    if (this.spans.get(span.id) !== span) {
      this.spans.set(span.id, span);
      this.ahead.set(span.id, span);
      this.forEachParagraph(span, (p) => {
        this.indexSpan(p, span.id);
        this.refreshParagraph(p);
      });
    }
    markAfterNextFrame(PERFORMANCE_MARKS.spansPainted, this.registered.size);
  }

  /** The started tag `key` was not saved: it disappears (or never shows). */
  dropPending(key: string): void {
    this.pending.remove(key);
  }

  /** Number of tags painted as pending. */
  get pendingCount(): number {
    return this.pending.size;
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
    this.visibility?.disconnect();
    this.visibility = null;
    this.pending.dispose();
    for (const key of this.byLabel.keys()) CSS.highlights.delete(HIGHLIGHT_NAMES.label(key));
    CSS.highlights.delete(HIGHLIGHT_NAMES.overlap);
    CSS.highlights.delete(HIGHLIGHT_NAMES.selected);
  }

  private observe(): void {
    this.visibility?.disconnect();
    this.visibility = watchParagraphVisibility(this.map.root, (shown, hidden) => {
      const changed: number[] = [];
      for (const index of shown) {
        if (this.visible.has(index)) continue;
        this.visible.add(index);
        changed.push(index);
      }
      for (const index of hidden) {
        if (!this.visible.delete(index)) continue;
        changed.push(index);
      }
      for (const index of changed) this.refreshParagraph(index);
      // The article is painted once the paragraphs in view are known (a report of hidden ones only may come first).
      if (!this.firstPaintMarked && this.visible.size > 0) {
        this.firstPaintMarked = true;
        markAfterNextFrame(PERFORMANCE_MARKS.articlePainted, this.registered.size);
      }
    });
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
    if (current && current.label === span.label && current.start === span.start && current.end === span.end)
      return;
    if (current) this.unregister(span.id);
    const range = this.map.toRange(span.start, span.end);
    this.highlightOf(span.label).add(range);
    this.registered.set(span.id, { label: span.label, range, start: span.start, end: span.end });
  }

  /**
   * The Highlight of a label, registered as `spanlight-<key>` the first time a span of it is painted: a project's
   * own labels are styled by rules generated from its schema (ui/projects/labelStyles.ts).
   */
  private highlightOf(key: LabelKey): Highlight {
    let highlight = this.byLabel.get(key);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = 1;
      this.byLabel.set(key, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES.label(key), highlight);
    }
    return highlight;
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
