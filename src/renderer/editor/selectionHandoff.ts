/**
 * The page's selection giving way to a tag: once the tag is painted (saved, or pending while a slow write goes
 * on) the selection is cleared from the page so the highlight shows (highlightPainter.ts), but the window keeps
 * its own copy until the tag is saved or refused (useTagging.ts). Without this, the "selection went away" report
 * that Chromium's selectionchange brings would make React re-render the whole window during the tag's write
 * (or the frame that paints it saved), and each of the write's
 * round trips to IndexedDB would wait behind it (about half of the 100 ms from key press to saved at 10,000
 * spans, issue 4).
 *
 * One per article: HighlightPlugin clears through it, SelectionPlugin asks it whether a collapse was expected.
 */
export class SelectionHandoff {
  private expected = false;

  /** Clears the page's selection; the selectionchange that follows is not reported. */
  giveWay(): void {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    this.expected = true;
    selection.removeAllRanges();
  }

  /** True once after giveWay: the collapse now seen is the one it made. */
  takeExpectedCollapse(): boolean {
    const expected = this.expected;
    this.expected = false;
    return expected;
  }
}
