import { LABELS, type LabelKey } from '../../core/labels';
import { overlapRegions } from '../../core/spans/overlaps';
import type { Span } from '../../core/spans/span';
import type { ArticleDomMap } from './articleDomMap';

export const HIGHLIGHT_NAMES = {
  label: (key: LabelKey) => `spanlight-${key}`,
  overlap: 'spanlight-overlap',
  selected: 'spanlight-selected',
} as const;

interface Painted {
  span: Span;
  range: Range;
}

/**
 * Paints spans with the CSS Custom Highlight API: ranges over the existing text nodes, one Highlight per
 * label. The DOM is never touched, so text layout and Arabic letter joining stay exactly as without
 * highlights, and adding one span costs one Range, not a re-render of the article.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, Painted>();
  private readonly byLabel = new Map<LabelKey, Highlight>();
  private readonly overlap = new Highlight();
  private readonly selected = new Highlight();
  private selectedId: string | null = null;

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
  }

  /** Brings the painted set in line with `spans`, touching only what changed. */
  sync(spans: readonly Span[], selectedId: string | null): void {
    const seen = new Set<string>();
    let changed = false;
    for (const span of spans) {
      seen.add(span.id);
      const before = this.painted.get(span.id);
      if (before && before.span.start === span.start && before.span.end === span.end) {
        if (before.span.label !== span.label) {
          this.byLabel.get(before.span.label)?.delete(before.range);
          this.byLabel.get(span.label)?.add(before.range);
          before.span = span;
        }
        continue;
      }
      if (before) this.byLabel.get(before.span.label)?.delete(before.range);
      const range = this.map.toRange(span.start, span.end);
      this.byLabel.get(span.label)?.add(range);
      this.painted.set(span.id, { span, range });
      changed = true;
    }
    for (const [id, entry] of this.painted) {
      if (seen.has(id)) continue;
      this.byLabel.get(entry.span.label)?.delete(entry.range);
      this.painted.delete(id);
      changed = true;
    }
    if (changed) this.paintOverlaps();
    this.paintSelected(selectedId);
  }

  /** Repaints everything, e.g. after the paragraphs were re-rendered. */
  reset(map: ArticleDomMap, spans: readonly Span[], selectedId: string | null): void {
    this.map = map;
    for (const highlight of this.byLabel.values()) highlight.clear();
    this.painted.clear();
    this.selectedId = null;
    this.sync(spans, selectedId);
  }

  rangeOf(spanId: string): Range | undefined {
    return this.painted.get(spanId)?.range;
  }

  dispose(): void {
    for (const label of LABELS) CSS.highlights.delete(HIGHLIGHT_NAMES.label(label.key));
    CSS.highlights.delete(HIGHLIGHT_NAMES.overlap);
    CSS.highlights.delete(HIGHLIGHT_NAMES.selected);
  }

  private paintOverlaps(): void {
    this.overlap.clear();
    const spans = [...this.painted.values()].map((entry) => entry.span);
    for (const region of overlapRegions(spans)) this.overlap.add(this.map.toRange(region.start, region.end));
  }

  private paintSelected(selectedId: string | null): void {
    const entry = selectedId ? this.painted.get(selectedId) : undefined;
    if (this.selectedId === selectedId && (entry ? this.selected.has(entry.range) : this.selected.size === 0))
      return;
    this.selectedId = selectedId;
    this.selected.clear();
    if (entry) this.selected.add(entry.range);
  }
}
