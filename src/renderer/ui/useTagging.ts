import type { TFunction } from 'i18next';
import { type RefObject, startTransition, useCallback, useRef } from 'react';
import type { LabelKey } from '../../core/labels';
import { insertSorted } from '../../core/spans/span';
import type { ArticleSelection, ArticleViewHandle } from '../editor/ArticleView';
import { labelName } from '../i18n/names';
import type { AnnotationStore } from '../storage/annotationStore';
import { afterNextPaint } from './afterNextPaint';
import type { Say } from './useMessages';
import type { Workspace } from './useWorkspace';

interface Options {
  store: AnnotationStore;
  workspace: Workspace;
  article: RefObject<ArticleViewHandle | null>;
  annotator: string;
  say: Say;
  report: (error: unknown) => void;
  t: TFunction;
}

/**
 * Tagging the selection with a label, fast at any size (issue 4):
 *
 * 1. at the key press the write starts and nothing is painted: any paint then makes Chromium render a frame
 *    before it answers the write's reads, and "saved" came a frame later (26–29 → 16–17 ms median, probe);
 * 2. storage commits it (strict durability); only then is it painted as saved, listed, counted and announced
 *    ("Saved …"), and the page's selection gives way to it: nothing is shown as saved before it is;
 * 3. a write still under way after PENDING_AFTER_MS (a busy disk) paints the tag in its pending ("saving")
 *    style meanwhile, so the researcher is not left without a sign;
 * 4. a failed write removes the tag and is reported.
 *
 * A second tag while the first is still being written is not ignored: IndexedDB runs the read-write
 * transactions one after another in the order they were started, and each is shown saved when its own commits.
 * The same range is not tagged twice while its write is under way (its selection is still on the page).
 * React's updates go through `startTransition`: re-rendering a window with 10,000 annotations must not delay
 * the frame that paints the new highlight.
 */
/** A write not committed after about a frame shows its tag as pending. */
export const PENDING_AFTER_MS = 16;
/**
 * How long the toolbar may stay up after a tag's key press while its write is under way: a write takes
 * 10–90 ms here at 10,000 spans, and a toolbar gone 150 ms after the key is not seen to linger.
 */
const TOOLBAR_LINGERS_MS = 150;

export function useTagging({ store, workspace, article, annotator, say, report, t }: Options) {
  const { openDoc, selection, setSpans, setDocuments, setSelection } = workspace;
  // The selection just tagged: the same one is not tagged twice while React has not yet caught up.
  const tagged = useRef<ArticleSelection | null>(null);
  // The ranges whose write is under way ("start:end", UTF-16 offsets).
  const writing = useRef(new Set<string>());
  const openDocId = useRef<string | null>(null);
  openDocId.current = openDoc?.id ?? null;
  const nextKey = useRef(0);

  return useCallback(
    async (label: LabelKey, chosen: ArticleSelection | null = selection) => {
      if (!openDoc || !chosen || tagged.current === chosen) return;
      const { start, end } = chosen;
      const range = `${start}:${end}`;
      if (writing.current.has(range)) return;
      tagged.current = chosen;
      writing.current.add(range);
      const docId = openDoc.id;
      const key = `pending-${++nextKey.current}`;
      // The window forgets the selection (and hides the toolbar) once the write is over, so that no re-render of
      // the window slows the write down (selectionHandoff.ts); a write slower than that (a busy disk) does not
      // leave the toolbar up meanwhile.
      article.current?.startTag(key, start, end, label);
      const showPending = setTimeout(() => article.current?.showPending(key), PENDING_AFTER_MS);
      // By its range: a key pressed before the window caught up tags the page's selection (useAnnotating), and
      // the window's copy of that same selection arrives afterwards as another object.
      const forgetSelection = () =>
        setSelection((current) =>
          current && current.start === start && current.end === end ? null : current,
        );
      const forgetAnyway = setTimeout(() => startTransition(forgetSelection), TOOLBAR_LINGERS_MS);
      try {
        const span = await store.addSpan(docId, start, end, label, annotator);
        clearTimeout(showPending);
        clearTimeout(forgetAnyway);
        // Committed: now, and only now, it is shown as saved. The window (list, counts, announcement) follows
        // once that frame is painted: React's work for a window of 10,000 annotations held it back (commit to
        // saved paint 13–25 ms before, 7–12 ms after, in a probe of the bench's tag scenario).
        article.current?.showSaved(key, span);
        await afterNextPaint();
        startTransition(() => {
          forgetSelection();
          if (openDocId.current === docId) setSpans((current) => insertSorted(current, span));
          setDocuments((current) =>
            current.map((d) =>
              d.id === docId
                ? {
                    ...d,
                    spanCount: d.spanCount + 1,
                    status: d.status && d.status !== 'todo' ? d.status : 'in_progress',
                  }
                : d,
            ),
          );
          say('status', t('annotating.saved', { text: span.text, label: labelName(t, label) }));
        });
      } catch (error) {
        clearTimeout(showPending);
        clearTimeout(forgetAnyway);
        article.current?.dropPending(key);
        forgetSelection();
        report(error);
      } finally {
        writing.current.delete(range);
      }
    },
    [openDoc, selection, store, annotator, article, setSpans, setDocuments, setSelection, say, report, t],
  );
}
