import type { TFunction } from 'i18next';
import { type RefObject, useCallback, useEffect } from 'react';
import { DEFAULT_LABELS, type LabelDefinition, type LabelKey } from '../../core/labels';
import type { ArticleViewHandle } from '../editor/ArticleView';
import { labelName } from '../i18n/names';
import type { AnnotationStore } from '../storage/annotationStore';
import type { Say } from './useMessages';
import { useTagging } from './useTagging';
import { useTaggingKeys } from './useTaggingKeys';
import type { Workspace } from './useWorkspace';

interface Options {
  store: AnnotationStore;
  workspace: Workspace;
  article: RefObject<ArticleViewHandle | null>;
  annotator: string;
  say: Say;
  report: (error: unknown) => void;
  /** Messages in the interface language. */
  t: TFunction;
  /** The current project's labels (their keys tag); default: the three built-ins. */
  labels?: readonly LabelDefinition[];
}

/**
 * The annotation actions on the open document — tag, relabel, delete, undo, redo — and their keys. Every
 * change is shown only once storage has committed it.
 */
export function useAnnotating({
  store,
  workspace,
  article,
  annotator,
  say,
  report,
  t,
  labels = DEFAULT_LABELS,
}: Options) {
  const {
    openDoc,
    selection,
    selectedSpanId,
    spans,
    setSpans,
    setDocuments,
    setSelection,
    setSelectedSpanId,
  } = workspace;
  // Tagging paints at once and shows "saved" on commit: see useTagging.ts.
  const tag = useTagging({ store, workspace, article, annotator, say, report, t });

  const relabel = useCallback(
    async (spanId: string, label: LabelKey) => {
      if (!openDoc) return;
      try {
        const updated = await store.relabelSpan({ id: spanId, docId: openDoc.id }, label);
        setSpans((current) => current.map((span) => (span.id === spanId ? updated : span)));
        say('status', t('annotating.relabelled', { text: updated.text, label: labelName(t, label) }));
      } catch (error) {
        report(error);
      }
    },
    [store, openDoc, setSpans, say, report, t],
  );

  const deleteSpan = useCallback(
    async (spanId: string) => {
      if (!openDoc) return;
      try {
        const span = spans.find((candidate) => candidate.id === spanId);
        await store.deleteSpan({ id: spanId, docId: openDoc.id });
        setSpans((current) => current.filter((candidate) => candidate.id !== spanId));
        setDocuments((current) =>
          current.map((d) => (d.id === openDoc.id ? { ...d, spanCount: Math.max(0, d.spanCount - 1) } : d)),
        );
        setSelectedSpanId(null);
        say('status', t('annotating.deleted', { text: span?.text ?? '' }));
      } catch (error) {
        report(error);
      }
    },
    [openDoc, spans, store, setSpans, setDocuments, setSelectedSpanId, say, report, t],
  );

  const selectSpan = useCallback(
    (spanId: string | null, scroll = false) => {
      setSelectedSpanId(spanId);
      if (spanId && scroll) article.current?.scrollToSpan(spanId);
    },
    [article, setSelectedSpanId],
  );

  const undoOrRedo = useCallback(
    async (which: 'undo' | 'redo') => {
      if (!openDoc) return;
      try {
        const entry = which === 'undo' ? await store.undo(openDoc.id) : await store.redo(openDoc.id);
        if (!entry) {
          say('status', t(which === 'undo' ? 'annotating.nothingToUndo' : 'annotating.nothingToRedo'));
          return;
        }
        setSpans(await store.listSpans(openDoc.id));
        setDocuments(await store.listDocuments());
        setSelectedSpanId(null);
        // "Undid tagging “…”.", by the kind of change (storage/history).
        const done = which === 'undo' ? 'annotating.undid' : 'annotating.redid';
        say('status', t(`${done}.${entry.kind}`, { text: entry.span.text }));
      } catch (error) {
        report(error);
      }
    },
    [openDoc, store, setSpans, setDocuments, setSelectedSpanId, say, report, t],
  );

  // Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes (Cmd on macOS); text fields keep their own undo.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        void undoOrRedo(event.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y') {
        event.preventDefault();
        void undoOrRedo('redo');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoOrRedo]);

  useTaggingKeys({
    labels,
    onLabel(label) {
      // The page's selection, not the window's copy: that one lags a key pressed just after a change.
      const selected = article.current?.readSelection() ?? null;
      if (selected) {
        void tag(label, selected);
        return true;
      }
      // Kept by the window while its tag is written (the page's gave way to the pending highlight).
      if (selection) return true;
      if (selectedSpanId) {
        void relabel(selectedSpanId, label);
        return true;
      }
      return false;
    },
    onDelete() {
      if (!selectedSpanId || selection) return false;
      void deleteSpan(selectedSpanId);
      return true;
    },
    onEscape() {
      if (selection) {
        setSelection(null);
        window.getSelection()?.removeAllRanges();
        return true;
      }
      if (selectedSpanId) {
        setSelectedSpanId(null);
        return true;
      }
      return false;
    },
  });

  return { tag, relabel, deleteSpan, selectSpan, undoOrRedo };
}
