import { LABELS, type LabelKey } from '../../core/labels';

/** Highlight names of tags that are being saved, one per label: styled lighter, dashed (styles.css). */
export const pendingHighlightName = (label: LabelKey) => `spanlight-pending-${label}`;

/**
 * Tags shown the moment their key is pressed, before storage has committed them: a lighter, dashed look that
 * says "saving". The brief's rule stands — nothing is shown as saved before its transaction commits — but the
 * user sees at once what they tagged, even where a durable commit takes longer than a frame. Each pending tag
 * is then either replaced by its saved highlight or dropped when the write fails.
 */
export class PendingHighlights {
  private readonly byLabel = new Map<LabelKey, Highlight>();
  private readonly pending = new Map<string, { label: LabelKey; range: Range }>();

  constructor() {
    for (const label of LABELS) this.highlightOf(label.key);
  }

  /** A label's pending Highlight, registered the first time a tag of it is pending (a project's own labels). */
  private highlightOf(label: LabelKey): Highlight {
    let highlight = this.byLabel.get(label);
    if (!highlight) {
      highlight = new Highlight();
      // Above the saved highlights, below the selected one.
      highlight.priority = 2;
      this.byLabel.set(label, highlight);
      CSS.highlights.set(pendingHighlightName(label), highlight);
    }
    return highlight;
  }

  add(key: string, label: LabelKey, range: Range): void {
    this.remove(key);
    this.highlightOf(label).add(range);
    this.pending.set(key, { label, range });
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  remove(key: string): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    this.byLabel.get(entry.label)?.delete(entry.range);
    this.pending.delete(key);
  }

  clear(): void {
    for (const highlight of this.byLabel.values()) highlight.clear();
    this.pending.clear();
  }

  get size(): number {
    return this.pending.size;
  }

  dispose(): void {
    this.clear();
    for (const label of this.byLabel.keys()) CSS.highlights.delete(pendingHighlightName(label));
  }
}
