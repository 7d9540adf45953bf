import { LABELS, type LabelKey } from '../../core/labels';

/** Highlight names of tags that are being saved, one per label: styled lighter, dashed (styles.css). */
export const pendingHighlightName = (label: LabelKey) => `spanlight-pending-${label}`;

/**
 * Tags being saved, shown in a lighter, dashed look that says "saving" when their durable commit takes longer
 * than a frame (useTagging.ts). The brief's rule stands — nothing is shown as saved before its transaction
 * commits — and the user still sees what they tagged within a frame or two. Each tag is then either painted
 * saved (pending or not) or dropped when the write fails.
 */
export class PendingHighlights {
  private readonly byLabel = new Map<LabelKey, Highlight>();
  /** Tags being saved; `painted` once shown in the pending style (a quick commit is painted saved directly). */
  private readonly pending = new Map<string, { label: LabelKey; range: Range; painted: boolean }>();

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

  /** A tag whose write has started, not painted yet. */
  start(key: string, label: LabelKey, range: Range): void {
    this.remove(key);
    this.pending.set(key, { label, range, painted: false });
  }

  /** Paints a started tag in the pending style; false when it is unknown or already painted. */
  paint(key: string): boolean {
    const entry = this.pending.get(key);
    if (!entry || entry.painted) return false;
    this.highlightOf(entry.label).add(entry.range);
    entry.painted = true;
    return true;
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  isPainted(key: string): boolean {
    return this.pending.get(key)?.painted ?? false;
  }

  remove(key: string): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    if (entry.painted) this.byLabel.get(entry.label)?.delete(entry.range);
    this.pending.delete(key);
  }

  clear(): void {
    for (const highlight of this.byLabel.values()) highlight.clear();
    this.pending.clear();
  }

  /** Tags painted as pending. */
  get size(): number {
    let painted = 0;
    for (const entry of this.pending.values()) if (entry.painted) painted++;
    return painted;
  }

  dispose(): void {
    this.clear();
    for (const label of this.byLabel.keys()) CSS.highlights.delete(pendingHighlightName(label));
  }
}
